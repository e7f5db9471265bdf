package dev.policydesigner.model.edit;

import dev.policydesigner.model.Diagram;

/** An edit that computes the new diagram and reverts to the one it was applied to. */
public abstract class DiagramEdit implements Edit {
  private final String description;
  private Diagram before;

  /** An edit with the given menu text. */
  protected DiagramEdit(String description) {
    this.description = description;
  }

  /** The new diagram; must not change {@code diagram} (it is immutable anyway). */
  protected abstract Diagram change(Diagram diagram);

  @Override
  public final Diagram apply(Diagram diagram) {
    before = diagram;
    return change(diagram);
  }

  @Override
  public final Diagram revert(Diagram diagram) {
    if (before == null) {
      throw new IllegalStateException("revert before apply: " + description);
    }
    return before;
  }

  @Override
  public String description() {
    return description;
  }
}
