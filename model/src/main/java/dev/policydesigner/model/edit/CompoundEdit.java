package dev.policydesigner.model.edit;

import dev.policydesigner.model.Diagram;
import java.util.List;

/** Several edits undone and redone as one. */
public final class CompoundEdit implements Edit {
  private final String description;
  private final List<Edit> edits;

  /** The edits, applied in order and reverted in reverse order. */
  public CompoundEdit(String description, List<Edit> edits) {
    this.description = description;
    this.edits = List.copyOf(edits);
  }

  @Override
  public Diagram apply(Diagram diagram) {
    Diagram d = diagram;
    for (Edit e : edits) {
      d = e.apply(d);
    }
    return d;
  }

  @Override
  public Diagram revert(Diagram diagram) {
    Diagram d = diagram;
    for (int i = edits.size() - 1; i >= 0; i--) {
      d = edits.get(i).revert(d);
    }
    return d;
  }

  @Override
  public String description() {
    return description;
  }
}
