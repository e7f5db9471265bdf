package dev.policydesigner.app.problems;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.check.Problem;
import java.util.List;

/**
 * Checks a diagram ({@code ProblemLocator::checks} in the product: every check, located at the
 * lines of the templates as the Template tab shows them; something smaller in tests).
 */
@FunctionalInterface
public interface ProblemSource {
  List<Problem> check(Diagram diagram);
}
