package dev.policydesigner.model.check;

import dev.policydesigner.model.Diagram;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * An obvious repair of a finding: a pure transformation of the diagram. The editor wraps it in an
 * undoable edit.
 *
 * @param description what it does, e.g. "Add remote-node to Cilium agents"
 * @param change the transformation; returns a new diagram and leaves its argument as it was
 */
public record QuickFix(String description, UnaryOperator<Diagram> change) {
  public QuickFix {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(change, "change");
  }

  /** The diagram after the fix. */
  public Diagram apply(Diagram diagram) {
    return change.apply(diagram);
  }
}
