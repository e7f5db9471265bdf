package dev.policydesigner.model.edit;

import dev.policydesigner.model.Diagram;

/**
 * One undoable change of the diagram. History is linear: {@link #revert} is only ever called on the
 * diagram {@link #apply} returned.
 */
public interface Edit {
  /** The changed diagram. */
  Diagram apply(Diagram diagram);

  /** The diagram as it was before {@link #apply}. */
  Diagram revert(Diagram diagram);

  /** What the edit does, for the Undo/Redo menu items ("Move 2 nodes"). */
  String description();
}
