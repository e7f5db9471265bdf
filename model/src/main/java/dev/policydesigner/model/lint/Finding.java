package dev.policydesigner.model.lint;

import dev.policydesigner.model.check.Problem;
import dev.policydesigner.model.check.Severity;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem a lint found.
 *
 * @param severity how bad it is
 * @param code stable identifier of the lint, e.g. {@code host-without-remote-node}
 * @param message what is wrong, where, and why it matters
 * @param nodeId the node concerned, or {@code null}
 * @param flowId the flow concerned, or {@code null}
 * @param file repo-relative path of the template concerned, or {@code null}
 * @param line line in that template (imported templates), or {@code null}
 * @param policy name of the policy concerned, or {@code null}
 * @param from source node id of the flow concerned, or {@code null}
 * @param to destination node id of the flow concerned, or {@code null}
 * @param quickFix an obvious repair, if there is one
 */
public record Finding(
    Severity severity,
    String code,
    String message,
    String nodeId,
    String flowId,
    String file,
    Integer line,
    String policy,
    String from,
    String to,
    Optional<QuickFix> quickFix) {
  public Finding {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    quickFix = quickFix == null ? Optional.empty() : quickFix;
  }

  /** The finding as a problem, without its quick fix (Problems tab, {@code check} output). */
  public Problem toProblem() {
    return new Problem(severity, code, message, nodeId, flowId, file, line, policy, from, to);
  }

  /** A finding about one node. */
  public static Finding onNode(Severity severity, String code, String message, String nodeId) {
    return new Finding(
        severity, code, message, nodeId, null, null, null, null, null, null, Optional.empty());
  }

  /** A finding about one flow. */
  public static Finding onFlow(
      Severity severity, String code, String message, String flowId, String from, String to) {
    return new Finding(
        severity, code, message, null, flowId, null, null, null, from, to, Optional.empty());
  }

  /** A finding about one policy of a file. */
  public static Finding onPolicy(
      Severity severity, String code, String message, String file, String policy) {
    return new Finding(
        severity, code, message, null, null, file, null, policy, null, null, Optional.empty());
  }

  /** A copy that also names this node. */
  public Finding withNode(String nodeId) {
    return new Finding(
        severity, code, message, nodeId, flowId, file, line, policy, from, to, quickFix);
  }

  /** A copy that also names this file and policy. */
  public Finding inPolicy(String file, String policy) {
    return new Finding(
        severity, code, message, nodeId, flowId, file, line, policy, from, to, quickFix);
  }

  /** A copy with a quick fix. */
  public Finding withFix(QuickFix fix) {
    return new Finding(
        severity, code, message, nodeId, flowId, file, line, policy, from, to, Optional.of(fix));
  }
}
