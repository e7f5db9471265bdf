package dev.policydesigner.app.inspector;

import dev.policydesigner.app.document.Document;
import dev.policydesigner.model.CidrNode;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.EntityNode;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.edit.UpdateNodeEdit;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** An entity, CIDR or FQDN node: a name and its values as one line of text. */
public final class PeerViewModel extends ElementViewModel {
  private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper();
  private final ReadOnlyStringWrapper values = new ReadOnlyStringWrapper();

  public PeerViewModel(Document document, String id) {
    super(document, id);
    refresh(document.current());
  }

  @Override
  protected void refresh(Diagram d) {
    Node n = node();
    name.set(n.name());
    values.set(PeerValues.format(n));
  }

  private Node node() {
    return document.current().node(id).orElseThrow();
  }

  public ReadOnlyStringProperty nameProperty() {
    return name.getReadOnlyProperty();
  }

  /** {@code host, remote-node}; {@code 10.0.0.0/8 except 10.1.0.0/16}; {@code *.example.org}. */
  public ReadOnlyStringProperty valuesProperty() {
    return values.getReadOnlyProperty();
  }

  /** What the values field is called for this kind of node. */
  public String valuesLabel() {
    Node n = node();
    if (n instanceof EntityNode) {
      return "Entities";
    }
    return n instanceof CidrNode ? "CIDR" : "DNS names";
  }

  /** {@code null} when {@code text} is valid values for this node, else what is wrong. */
  public String checkValues(String text) {
    return PeerValues.check(node(), text);
  }

  public boolean rename(String v) {
    Node n = node();
    return InputRules.required(v) == null
        && !v.equals(n.name())
        && perform(new UpdateNodeEdit("Rename " + id, n.withName(v)));
  }

  public boolean setValues(String text) {
    Node n = node();
    if (PeerValues.check(n, text) != null) {
      return false;
    }
    Node after = PeerValues.apply(n, text);
    return !after.equals(n) && perform(new UpdateNodeEdit("Change " + valuesLabel(), after));
  }
}
