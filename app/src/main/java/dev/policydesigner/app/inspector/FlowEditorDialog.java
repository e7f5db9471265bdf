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
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.controlsfx.control.textfield.TextFields;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

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
    ports.setText(PortsText.format(destinationPorts(d, to)));
    ports.setPromptText("e.g. 9000/TCP, 53/UDP (empty = all ports)");
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
        ports,
        false,
        Validator.createPredicateValidator(
            t -> PortsText.check((String) t) == null,
            "Write ports as 9000/TCP, 53/UDP or 8000-8010/TCP"));
    getDialogPane()
        .lookupButton(ButtonType.OK)
        .disableProperty()
        .bind(validation.invalidProperty());
    setOnShown(e -> ports.requestFocus());
    String id = d.freshId(from + "-to-" + to);
    setResultConverter(
        b ->
            b == ButtonType.OK
                ? new Flow(
                    id,
                    from,
                    to,
                    PortsText.parse(ports.getText()).orElse(List.of()),
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
