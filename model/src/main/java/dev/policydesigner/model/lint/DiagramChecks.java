package dev.policydesigner.model.lint;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.check.DiagramValidator;
import dev.policydesigner.model.check.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Every check of a diagram, the one list the command line's {@code check} and the Problems tab
 * show: validation, then the standard lints; errors first, order kept otherwise.
 */
public final class DiagramChecks {
  private static final LintSet LINTS = LintSet.standard();

  private DiagramChecks() {}

  /** All problems of the diagram, errors first; placeholders are checked on their defaults. */
  public static List<Problem> of(Diagram diagram) {
    return of(diagram, Map.of());
  }

  /**
   * All problems of the diagram, errors first; placeholders in values are checked on what they
   * render to with {@code values} (a repo's {@code cluster.yaml}).
   */
  public static List<Problem> of(Diagram diagram, Map<String, ?> values) {
    List<Problem> all = new ArrayList<>(DiagramValidator.validate(diagram, values));
    all.addAll(LINTS.check(diagram));
    return bySeverity(all);
  }

  /** A copy sorted by severity, errors first, keeping the order of problems of one severity. */
  public static List<Problem> bySeverity(List<Problem> problems) {
    List<Problem> copy = new ArrayList<>(problems);
    copy.sort(Comparator.comparing(Problem::severity));
    return copy;
  }
}
