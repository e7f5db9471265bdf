package dev.policydesigner.app.inspector;

import dev.policydesigner.app.document.Document;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.edit.UpdateFlowEdit;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** A flow's ports, condition and descriptions. */
public final class FlowViewModel extends ElementViewModel {
  private final ReadOnlyStringWrapper ends = new ReadOnlyStringWrapper();
  private final ReadOnlyStringWrapper ports = new ReadOnlyStringWrapper();
  private final ReadOnlyStringWrapper condition = new ReadOnlyStringWrapper();
  private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper();
  private final ReadOnlyStringWrapper ingressDescription = new ReadOnlyStringWrapper();

  public FlowViewModel(Document document, String id) {
    super(document, id);
    refresh(document.current());
  }

  @Override
  protected void refresh(Diagram d) {
    Flow f = flow();
    String from = d.node(f.from()).map(Node::name).orElse(f.from());
    String to = d.node(f.to()).map(Node::name).orElse(f.to());
    ends.set(from + " → " + to);
    ports.set(PortsText.format(f.ports()));
    condition.set(f.condition() == null ? "" : f.condition());
    description.set(f.description());
    ingressDescription.set(f.ingressDescription() == null ? "" : f.ingressDescription());
  }

  private Flow flow() {
    return document.current().flow(id).orElseThrow();
  }

  /** "Hubble UI → Hubble Relay". */
  public ReadOnlyStringProperty endsProperty() {
    return ends.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty portsProperty() {
    return ports.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty conditionProperty() {
    return condition.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty descriptionProperty() {
    return description.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty ingressDescriptionProperty() {
    return ingressDescription.getReadOnlyProperty();
  }

  /** Sets the ports from text such as {@code 9000/TCP, 53/UDP}; refused when not valid. */
  public boolean setPorts(String text) {
    return PortsText.parse(text)
        .map(list -> change("Change ports of " + id, f -> f.withPorts(list)))
        .orElse(false);
  }

  public boolean setCondition(String value) {
    return InputRules.condition(value) == null
        && change("Change condition of " + id, f -> f.withCondition(value));
  }

  public boolean setDescription(String value) {
    return change("Change description of " + id, f -> f.withDescription(value));
  }

  public boolean setIngressDescription(String value) {
    return change(
        "Change ingress description of " + id,
        f ->
            new Flow(
                f.id(),
                f.from(),
                f.to(),
                f.ports(),
                f.l7(),
                f.condition(),
                f.description(),
                value));
  }

  private boolean change(String what, UnaryOperator<Flow> g) {
    Flow before = flow();
    Flow after = g.apply(before);
    return !before.equals(after) && perform(new UpdateFlowEdit(what, after));
  }
}
