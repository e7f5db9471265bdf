package dev.policydesigner.app.cli;

import dev.policydesigner.model.check.Problem;
import dev.policydesigner.model.lint.Finding;
import dev.policydesigner.model.lint.QuickFix;

/**
 * A problem as {@code check} reports it: with the description of its quick fix, if it has one.
 *
 * @param problem the problem
 * @param fix what the quick fix does, or {@code null}
 */
record ReportedProblem(Problem problem, String fix) {
  static ReportedProblem of(Problem problem) {
    return new ReportedProblem(problem, null);
  }

  static ReportedProblem of(Finding finding) {
    return new ReportedProblem(
        finding.toProblem(), finding.quickFix().map(QuickFix::description).orElse(null));
  }

  /** {@code file:line}, else the flow id, else the node id, else the file, else empty. */
  String location() {
    if (problem.file() != null && problem.line() != null) {
      return problem.location();
    }
    if (problem.flowId() != null) {
      return problem.flowId();
    }
    return problem.nodeId() != null ? problem.nodeId() : problem.location();
  }
}
