package dev.policydesigner.app.problems;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.check.Problem;
import java.nio.file.Path;
import java.util.List;

/**
 * What the policy engine finds on a diagram's rendered templates plus the other policies of the
 * checkout it belongs to ({@code null} when none).
 */
@FunctionalInterface
public interface EngineProblemSource {
  List<Problem> check(Diagram diagram, Path checkout);
}
