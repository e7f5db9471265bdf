package dev.policydesigner.app.problems;

import dev.policydesigner.model.check.Severity;
import dev.policydesigner.model.lint.Finding;
import dev.policydesigner.model.lint.QuickFix;
import java.util.Optional;

/**
 * One problem shown in the Problems tab.
 *
 * @param severity error, warning or info
 * @param code stable code of the check, e.g. {@code host-without-remote-node}
 * @param message what is wrong and what to do
 * @param location {@code file:line}, a policy, or the empty string
 * @param elementId the node or flow it concerns, or {@code null}
 * @param fix an obvious repair, if there is one
 */
public record Problem(
    Severity severity,
    String code,
    String message,
    String location,
    String elementId,
    Optional<QuickFix> fix) {
  public Problem {
    location = location == null ? "" : location;
    fix = fix == null ? Optional.empty() : fix;
  }

  /** A problem found by validation. */
  public static Problem of(dev.policydesigner.model.check.Problem p) {
    String element = p.nodeId() != null ? p.nodeId() : p.flowId();
    return new Problem(p.severity(), p.code(), p.message(), where(p), element, Optional.empty());
  }

  /** A problem found by a lint, with its quick fix. */
  public static Problem of(Finding f) {
    String element = f.flowId() != null ? f.flowId() : f.nodeId();
    return new Problem(
        f.severity(), f.code(), f.message(), where(f.toProblem()), element, f.quickFix());
  }

  private static String where(dev.policydesigner.model.check.Problem p) {
    if (!p.location().isEmpty()) {
      return p.location();
    }
    return p.policy() == null ? "" : p.policy();
  }
}
