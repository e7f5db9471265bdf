package dev.policydesigner.model.edit;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Node;
import java.util.ArrayList;
import java.util.List;

/** Adds a node (its id must be fresh). */
public final class AddNodeEdit extends DiagramEdit {
  private final Node node;

  /** Adds {@code node}. */
  public AddNodeEdit(Node node) {
    super("Add " + node.name());
    this.node = node;
  }

  @Override
  protected Diagram change(Diagram diagram) {
    if (diagram.node(node.id()).isPresent()) {
      throw new IllegalArgumentException("a node with id " + node.id() + " already exists");
    }
    List<Node> nodes = new ArrayList<>(diagram.nodes());
    nodes.add(node);
    return diagram.withNodes(nodes);
  }
}
