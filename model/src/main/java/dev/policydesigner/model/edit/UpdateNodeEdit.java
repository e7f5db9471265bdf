package dev.policydesigner.model.edit;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Node;

/** Replaces a node by a changed copy with the same id. */
public final class UpdateNodeEdit extends DiagramEdit {
  private final Node after;

  /** Replaces the node with {@code after.id()} by {@code after}. */
  public UpdateNodeEdit(String description, Node after) {
    super(description);
    this.after = after;
  }

  @Override
  protected Diagram change(Diagram diagram) {
    if (diagram.node(after.id()).isEmpty()) {
      throw new IllegalArgumentException("no node with id " + after.id());
    }
    return diagram.mapNode(after.id(), n -> after);
  }
}
