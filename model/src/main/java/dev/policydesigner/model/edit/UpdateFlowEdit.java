package dev.policydesigner.model.edit;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;

/** Replaces a flow by a changed copy with the same id. */
public final class UpdateFlowEdit extends DiagramEdit {
  private final Flow after;

  /** Replaces the flow with {@code after.id()} by {@code after}. */
  public UpdateFlowEdit(String description, Flow after) {
    super(description);
    this.after = after;
  }

  @Override
  protected Diagram change(Diagram diagram) {
    if (diagram.flow(after.id()).isEmpty()) {
      throw new IllegalArgumentException("no flow with id " + after.id());
    }
    return diagram.mapFlow(after.id(), f -> after);
  }
}
