package dev.policydesigner.app.inspector;

import dev.policydesigner.model.Label;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/** The selector labels of a workload as an editable table. */
final class LabelsTable extends VBox {
  LabelsTable(WorkloadViewModel vm) {
    super(4);
    TableView<Label> table = new TableView<>(vm.labels());
    table.setId("labels-table");
    table.setEditable(true);
    table.setPlaceholder(new javafx.scene.control.Label("No labels: every pod of the namespace"));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    TableColumn<Label, String> key = new TableColumn<>("Key");
    key.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().key()));
    key.setCellFactory(c -> new ValidatedCell<>(InputRules::labelKey));
    key.setOnEditCommit(e -> vm.setLabelKey(e.getTablePosition().getRow(), e.getNewValue()));
    TableColumn<Label, String> value = new TableColumn<>("Value");
    value.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().value()));
    value.setCellFactory(c -> new ValidatedCell<>(InputRules::labelValue));
    value.setOnEditCommit(e -> vm.setLabelValue(e.getTablePosition().getRow(), e.getNewValue()));
    key.setSortable(false);
    value.setSortable(false);
    key.setPrefWidth(170);
    table.getColumns().add(key);
    table.getColumns().add(value);
    TableButtons.fitRows(table);
    getChildren().addAll(table, TableButtons.of("label", table, vm::addLabel, vm::removeLabel));
  }
}
