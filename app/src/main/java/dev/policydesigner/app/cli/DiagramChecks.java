package dev.policydesigner.app.cli;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.check.DiagramValidator;
import dev.policydesigner.model.check.Problem;
import dev.policydesigner.model.lint.Finding;
import dev.policydesigner.model.lint.LintSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Every check of a diagram: validation, then the lints; errors first, order kept otherwise. */
final class DiagramChecks {
  private DiagramChecks() {}

  static List<ReportedProblem> of(Diagram diagram) {
    List<ReportedProblem> all = new ArrayList<>();
    for (Problem p : DiagramValidator.validate(diagram)) {
      all.add(ReportedProblem.of(p));
    }
    for (Finding f : LintSet.standard().check(diagram)) {
      all.add(ReportedProblem.of(f));
    }
    return sorted(all);
  }

  /** A stable sort by severity. */
  static List<ReportedProblem> sorted(List<ReportedProblem> problems) {
    List<ReportedProblem> copy = new ArrayList<>(problems);
    copy.sort(Comparator.comparing(r -> r.problem().severity()));
    return copy;
  }
}
