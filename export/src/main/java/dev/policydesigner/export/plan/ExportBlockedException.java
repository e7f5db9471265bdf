package dev.policydesigner.export.plan;

import dev.policydesigner.export.repo.RepoException;
import dev.policydesigner.model.check.Problem;
import java.util.List;

/** The diagram has errors (from {@code check} or against the checkout): nothing is exported. */
public final class ExportBlockedException extends RepoException {
  private static final long serialVersionUID = 1L;
  private final transient List<Problem> errors;

  /** Blocked by {@code errors}, which must not be empty. */
  public ExportBlockedException(List<Problem> errors) {
    super(message(errors));
    this.errors = List.copyOf(errors);
  }

  private static String message(List<Problem> errors) {
    StringBuilder s =
        new StringBuilder("the diagram has ")
            .append(errors.size())
            .append(errors.size() == 1 ? " error" : " errors")
            .append("; fix ")
            .append(errors.size() == 1 ? "it" : "them")
            .append(" and export again (nothing was written):");
    for (Problem p : errors) {
      s.append("\n  ").append(p);
    }
    return s.toString();
  }

  /** The errors, in the order {@code check} lists them. */
  public List<Problem> errors() {
    return errors;
  }
}
