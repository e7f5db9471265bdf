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
      s.append(p.report());
    }
    return s.append(Problem.summary(problems)).append('\n').toString();
  }
}
