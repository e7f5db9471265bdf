package dev.policydesigner.model.check;

import java.util.Objects;

/**
 * Something wrong with a diagram, a file or a value, found by validation or a lint. The location
 * fields are {@code null} when they do not apply.
 *
 * @param severity how serious it is
 * @param code stable identifier of the kind of problem, e.g. {@code invalid-value}
 * @param message what is wrong and what is allowed, naming the thing concerned
 * @param nodeId the node concerned, or {@code null}
 * @param flowId the flow concerned, or {@code null}
 * @param file repo-relative path of a policy file, or the name of a file being read, or {@code
 *     null}
 * @param line 1-based line in {@code file}, or {@code null}
 * @param policy the policy name concerned, or {@code null}
 * @param from source node id of the flow or rule concerned, or {@code null}
 * @param to destination node id of the flow or rule concerned, or {@code null}
 */
public record Problem(
    Severity severity,
    String code,
    String message,
    String nodeId,
    String flowId,
    String file,
    Integer line,
    String policy,
    String from,
    String to) {

  public Problem {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  /** An error without location. */
  public static Problem error(String code, String message) {
    return new Problem(Severity.ERROR, code, message, null, null, null, null, null, null, null);
  }

  /** A warning without location. */
  public static Problem warning(String code, String message) {
    return new Problem(Severity.WARNING, code, message, null, null, null, null, null, null, null);
  }

  /** A hint without location. */
  public static Problem info(String code, String message) {
    return new Problem(Severity.INFO, code, message, null, null, null, null, null, null, null);
  }

  /** A copy located at a node. */
  public Problem atNode(String nodeId) {
    return new Problem(severity, code, message, nodeId, flowId, file, line, policy, from, to);
  }

  /** A copy located at a flow between two nodes. */
  public Problem atFlow(String flowId, String from, String to) {
    return new Problem(severity, code, message, nodeId, flowId, file, line, policy, from, to);
  }

  /** A copy located in a file, at a 1-based line or {@code null}. */
  public Problem atFile(String file, Integer line) {
    return new Problem(severity, code, message, nodeId, flowId, file, line, policy, from, to);
  }

  /** A copy concerning a policy. */
  public Problem inPolicy(String policy) {
    return new Problem(severity, code, message, nodeId, flowId, file, line, policy, from, to);
  }

  /** Whether this is an error. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code file:line}, {@code file}, or the empty string when there is no file. */
  public String location() {
    if (file == null) {
      return "";
    }
    return line == null ? file : file + ":" + line;
  }

  /** {@code file:line: message} (or just the message without a file). */
  @Override
  public String toString() {
    String where = location();
    return where.isEmpty() ? message : where + ": " + message;
  }
}
