package dev.policydesigner.app.problems;

import dev.policydesigner.model.Diagram;
import java.util.List;

/** Checks a diagram. */
@FunctionalInterface
public interface ProblemSource {
  List<Problem> check(Diagram diagram);
}
