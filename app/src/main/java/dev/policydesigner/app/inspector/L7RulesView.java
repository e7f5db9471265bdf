package dev.policydesigner.app.inspector;

import dev.policydesigner.model.FqdnSelector;
import dev.policydesigner.model.HttpRule;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/**
 * The L7 part of a flow: HTTP rules (method, path, host; each a regular expression Cilium matches,
 * empty = any) or DNS names and patterns the peer may look up. A flow has one kind or neither, so
 * adding one kind is refused while the other is there. Invalid text is marked and not taken.
 */
final class L7RulesView extends VBox {
  private final FlowViewModel vm;
  private final Label hint = new Label();

  L7RulesView(FlowViewModel vm) {
    super(4);
    this.vm = vm;
    setId("l7-rules");
    hint.getStyleClass().add("inspector-hint");
    hint.setWrapText(true);
    TableView<HttpRule> http = httpTable();
    TableView<FqdnSelector> dns = dnsTable();
    var httpButtons = TableButtons.of("http-rule", http, vm::addHttpRule, vm::removeHttpRule);
    var dnsButtons =
        TableButtons.of("dns-name", dns, () -> vm.addDnsName("*.example.org"), vm::removeDnsName);
    // one kind or the other: adding is refused while the other kind has rules
    httpButtons
        .getChildren()
        .get(0)
        .disableProperty()
        .bind(javafx.beans.binding.Bindings.isNotEmpty(vm.dns()));
    dnsButtons
        .getChildren()
        .get(0)
        .disableProperty()
        .bind(javafx.beans.binding.Bindings.isNotEmpty(vm.http()));
    getChildren()
        .addAll(
            InspectorView.heading("HTTP rules (L7)"),
            http,
            httpButtons,
            InspectorView.heading("DNS names (L7)"),
            dns,
            dnsButtons,
            hint);
    vm.http().addListener((javafx.collections.ListChangeListener<HttpRule>) c -> showHint());
    vm.dns().addListener((javafx.collections.ListChangeListener<FqdnSelector>) c -> showHint());
    showHint();
  }

  private void showHint() {
    String text = vm.l7Hint();
    hint.setText(text == null ? "" : text);
    hint.setManaged(text != null);
    hint.setVisible(text != null);
  }

  private TableView<HttpRule> httpTable() {
    TableView<HttpRule> table = new TableView<>(vm.http());
    table.setId("http-rules-table");
    table.setEditable(true);
    table.setPlaceholder(new Label("No HTTP rules: every request on the ports"));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.getColumns().add(column("Method", 0, HttpRule::method, InputRules::httpMethod, 70));
    table.getColumns().add(column("Path", 1, HttpRule::path, InputRules::httpPath, 120));
    table.getColumns().add(column("Host", 2, HttpRule::host, InputRules::httpHost, 90));
    TableButtons.fitRows(table);
    return table;
  }

  private TableColumn<HttpRule, String> column(
      String name,
      int part,
      Function<HttpRule, String> value,
      Function<String, String> check,
      double width) {
    TableColumn<HttpRule, String> c = new TableColumn<>(name);
    c.setId("http-" + name.toLowerCase(java.util.Locale.ROOT));
    c.setCellValueFactory(
        r ->
            new ReadOnlyStringWrapper(
                value.apply(r.getValue()) == null ? "" : value.apply(r.getValue())));
    c.setCellFactory(x -> new ValidatedCell<>(check));
    c.setOnEditCommit(e -> vm.setHttpPart(e.getTablePosition().getRow(), part, e.getNewValue()));
    c.setSortable(false);
    c.setPrefWidth(width);
    return c;
  }

  private TableView<FqdnSelector> dnsTable() {
    TableView<FqdnSelector> table = new TableView<>(vm.dns());
    table.setId("dns-names-table");
    table.setEditable(true);
    table.setPlaceholder(new Label("No DNS rules"));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    TableColumn<FqdnSelector, String> name = new TableColumn<>("Name or pattern (with *)");
    name.setCellValueFactory(r -> new ReadOnlyStringWrapper(r.getValue().value()));
    name.setCellFactory(x -> new ValidatedCell<>(InputRules::dnsName));
    name.setOnEditCommit(e -> vm.setDnsName(e.getTablePosition().getRow(), e.getNewValue()));
    name.setSortable(false);
    table.getColumns().add(name);
    TableButtons.fitRows(table);
    return table;
  }
}
