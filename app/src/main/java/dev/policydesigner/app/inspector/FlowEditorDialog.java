package dev.policydesigner.app.inspector;

import dev.policydesigner.app.document.Document;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.L7Rules;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.PortRange;
import dev.policydesigner.model.Workload;
import dev.policydesigner.model.WorkloadPort;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.controlsfx.control.textfield.TextFields;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/** Asks for the ports, condition and description of a new flow between two nodes. */
public final class FlowEditorDialog extends Dialog<Flow> {
  private final TextField ports = new TextField();
  private final TextField condition = new TextField();
  private final TextField description = new TextField();

  public FlowEditorDialog(Window owner, Document document, String from, String to) {
    Diagram d = document.current();
    initOwner(owner);
    setTitle("New flow");
    setHeaderText(name(d, from) + " → " + name(d, to));
    getDialogPane().getStyleClass().add("flow-editor");
    getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
    ports.setId("flow-ports");
    condition.setId("flow-condition");
    description.setId("flow-description");
    List<PortRange> declared = destinationPorts(d, to);
    ports.setText(declared.isEmpty() ? "" : PortsText.format(declared));
    ports.setPromptText("e.g. 9000/TCP, 53/UDP, or " + PortsText.ALL);
    condition.setPromptText("optional, e.g. monitoring_enabled | default(false)");
    description.setPromptText("one line, written above the rule");
    TextFields.bindAutoCompletion(
        condition,
        r ->
            ConditionVocabulary.complete(
                r.getUserText(), ConditionVocabulary.flags(d, document.repoProperty().get())));
    GridPane grid = new GridPane();
    grid.getStyleClass().add("form-grid");
    grid.addRow(0, new Label("Ports"), ports);
    grid.addRow(1, new Label("Condition"), condition);
    grid.addRow(2, new Label("Description"), description);
    ports.setPrefColumnCount(28);
    getDialogPane().setContent(grid);
    ValidationSupport validation = new ValidationSupport();
    validation.registerValidator(
        condition,
        false,
        (javafx.scene.control.Control c, String text) ->
            org.controlsfx.validation.ValidationResult.fromErrorIf(
                c, String.valueOf(InputRules.condition(text)), InputRules.condition(text) != null));
    validation.registerValidator(
        ports,
        false,
        (Control c, String v) -> {
          String msg = PortsText.check(v);
          return ValidationResult.fromErrorIf(c, msg == null ? "" : msg, msg != null);
        });
    Label portsHint = new Label();
    portsHint.setId("flow-ports-hint");
    portsHint.getStyleClass().add("field-hint");
    portsHint.setWrapText(true);
    portsHint.setMaxWidth(360);
    portsHint
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> Objects.requireNonNullElse(PortsText.check(ports.getText()), ""),
                ports.textProperty()));
    grid.add(portsHint, 1, 3);
    javafx.scene.Node ok = getDialogPane().lookupButton(ButtonType.OK);
    ok.disableProperty().bind(validation.invalidProperty());
    // Enter must not slip past the check either: an empty field never means every port
    ok.addEventFilter(
        ActionEvent.ACTION,
        e -> {
          if (PortsText.check(ports.getText()) != null) {
            e.consume();
            ports.requestFocus();
          }
        });
    setOnShown(e -> ports.requestFocus());
    String id = d.freshId(from + "-to-" + to);
    setResultConverter(
        b ->
            b == ButtonType.OK && PortsText.parse(ports.getText()).isPresent()
                ? new Flow(
                    id,
                    from,
                    to,
                    PortsText.parse(ports.getText()).get(),
                    L7Rules.NONE,
                    condition.getText(),
                    description.getText(),
                    null)
                : null);
  }

  /** The container ports of the destination workload, as flow ports. */
  static List<PortRange> destinationPorts(Diagram d, String to) {
    List<PortRange> list = new ArrayList<>();
    Optional<Workload> w = d.workload(to);
    for (WorkloadPort p : w.map(Workload::ports).orElse(List.of())) {
      list.add(new PortRange(p.port(), null, p.protocol()));
    }
    return list;
  }

  private static String name(Diagram d, String id) {
    return d.node(id).map(Node::name).orElse(id);
  }
}
