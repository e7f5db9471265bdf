package dev.policydesigner.app.cli;

import dev.policydesigner.model.check.Severity;
import java.util.List;

/**
 * The text form of {@code check}: one line per problem, {@code severity code location: message},
 * its quick fix indented below, then {@code N errors, N warnings, N notes}.
 */
final class ProblemText {
  private ProblemText() {}

  static String render(List<ReportedProblem> problems) {
    StringBuilder s = new StringBuilder();
    for (ReportedProblem r : problems) {
      s.append(severityWord(r.problem().severity())).append(' ').append(r.problem().code());
      String where = r.location();
      if (!where.isEmpty()) {
        s.append(' ').append(where);
      }
      s.append(": ").append(r.problem().message()).append('\n');
      if (r.fix() != null) {
        s.append("  fix: ").append(r.fix()).append('\n');
      }
    }
    s.append(count(problems, Severity.ERROR, "error"))
        .append(", ")
        .append(count(problems, Severity.WARNING, "warning"))
        .append(", ")
        .append(count(problems, Severity.INFO, "note"))
        .append('\n');
    return s.toString();
  }

  /** {@code error}, {@code warning} or {@code note}. */
  static String severityWord(Severity severity) {
    return severity == Severity.INFO ? "note" : severity.jsonName();
  }

  private static String count(List<ReportedProblem> problems, Severity severity, String noun) {
    long n = problems.stream().filter(r -> r.problem().severity() == severity).count();
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
