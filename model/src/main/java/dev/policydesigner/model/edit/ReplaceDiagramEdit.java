package dev.policydesigner.model.edit;

import dev.policydesigner.model.Diagram;
import java.util.function.UnaryOperator;

/** A named whole-diagram transformation: auto-layout, a quick fix, an import merge. */
public final class ReplaceDiagramEdit extends DiagramEdit {
  private final UnaryOperator<Diagram> transformation;

  /** An edit that applies {@code transformation}. */
  public ReplaceDiagramEdit(String description, UnaryOperator<Diagram> transformation) {
    super(description);
    this.transformation = transformation;
  }

  /** An edit that replaces the diagram by {@code after}. */
  public static ReplaceDiagramEdit to(String description, Diagram after) {
    return new ReplaceDiagramEdit(description, d -> after);
  }

  @Override
  protected Diagram change(Diagram diagram) {
    return transformation.apply(diagram);
  }
}
