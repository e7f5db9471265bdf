package dev.policydesigner.app.problems;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.check.Problem;
import java.util.List;

/** Checks a diagram ({@code DiagramChecks::of} in the product, something smaller in tests). */
@FunctionalInterface
public interface ProblemSource {
  List<Problem> check(Diagram diagram);
}
