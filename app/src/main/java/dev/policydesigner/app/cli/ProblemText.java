package dev.policydesigner.app.cli;

import dev.policydesigner.model.check.Problem;
import java.util.List;

/**
 * The text form of {@code check}: one line per problem, {@code severity code where: message}, its
 * quick fix indented below, then {@code N errors, N warnings, N notes}.
 */
final class ProblemText {
  private ProblemText() {}

  static String render(List<Problem> problems) {
    StringBuilder s = new StringBuilder();
    for (Problem p : problems) {
      s.append(p.severity().noun()).append(' ').append(p.code());
      String where = p.where();
      if (!where.isEmpty()) {
        s.append(' ').append(where);
      }
      s.append(": ").append(p.message()).append('\n');
      p.fix().ifPresent(fix -> s.append("  fix: ").append(fix.description()).append('\n'));
    }
    return s.append(Problem.summary(problems)).append('\n').toString();
  }
}
