package dev.policydesigner.app.problems;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.check.DiagramValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The model's validation problems, located at their node or flow. */
public final class ValidatorProblemSource implements ProblemSource {
  @Override
  public List<Problem> check(Diagram diagram) {
    List<Problem> out = new ArrayList<>();
    for (dev.policydesigner.model.check.Problem p : DiagramValidator.validate(diagram)) {
      String element = p.nodeId() != null ? p.nodeId() : p.flowId();
      String where = p.file() == null ? "" : " (" + p.location() + ")";
      out.add(
          new Problem(p.severity().name().toLowerCase(Locale.ROOT), p.message() + where, element));
    }
    return out;
  }
}
