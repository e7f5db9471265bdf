package dev.policydesigner.app.problems;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.check.DiagramValidator;
import dev.policydesigner.model.lint.Finding;
import dev.policydesigner.model.lint.LintSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Validation, then the standard lints; errors first, order kept otherwise. */
public final class DiagramProblemSource implements ProblemSource {
  private final LintSet lints = LintSet.standard();

  @Override
  public List<Problem> check(Diagram diagram) {
    List<Problem> out = new ArrayList<>();
    for (dev.policydesigner.model.check.Problem p : DiagramValidator.validate(diagram)) {
      out.add(Problem.of(p));
    }
    for (Finding f : lints.check(diagram)) {
      out.add(Problem.of(f));
    }
    out.sort(Comparator.comparing(Problem::severity));
    return out;
  }
}
