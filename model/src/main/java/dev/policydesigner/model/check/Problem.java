package dev.policydesigner.model.check;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Something wrong with a diagram, a file or a value: the one problem type of validation, the lints,
 * the repo checks and the import, shown alike by the command line and the Problems tab. Fields that
 * do not apply are {@code null} (or empty).
 *
 * @param severity how serious it is
 * @param code stable identifier of the kind of problem, e.g. {@code invalid-value}
 * @param message what is wrong and what is allowed, naming the thing concerned
 * @param nodeId the node concerned, or {@code null}
 * @param flowId the flow concerned, or {@code null}
 * @param from source node id of the flow or rule concerned, or {@code null}
 * @param to destination node id of the flow or rule concerned, or {@code null}
 * @param policy the policy name concerned, or {@code null}
 * @param locations where in which files, the primary place first (a flow's egress and ingress
 *     rules; a flow allowed on one side only names the rule it has, then the policy that lacks the
 *     other); empty when no file is concerned
 * @param fix an obvious repair, if there is one
 */
public record Problem(
    Severity severity,
    String code,
    String message,
    String nodeId,
    String flowId,
    String from,
    String to,
    String policy,
    List<SourceLocation> locations,
    Optional<QuickFix> fix) {

  public Problem {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    locations = locations == null ? List.of() : List.copyOf(locations);
    fix = fix == null ? Optional.empty() : fix;
  }

  /** A problem without location. */
  public static Problem of(Severity severity, String code, String message) {
    return new Problem(severity, code, message, null, null, null, null, null, null, null);
  }

  /** An error without location. */
  public static Problem error(String code, String message) {
    return of(Severity.ERROR, code, message);
  }

  /** A warning without location. */
  public static Problem warning(String code, String message) {
    return of(Severity.WARNING, code, message);
  }

  /** A hint without location. */
  public static Problem info(String code, String message) {
    return of(Severity.INFO, code, message);
  }

  /** A problem about one node. */
  public static Problem onNode(Severity severity, String code, String message, String nodeId) {
    return of(severity, code, message).atNode(nodeId);
  }

  /** A problem about one flow between two nodes. */
  public static Problem onFlow(
      Severity severity, String code, String message, String flowId, String from, String to) {
    return of(severity, code, message).atFlow(flowId, from, to);
  }

  /** A problem about one policy of a file. */
  public static Problem onPolicy(
      Severity severity, String code, String message, String file, String policy) {
    return of(severity, code, message).inPolicy(file, policy);
  }

  /** A copy located at a node. */
  public Problem atNode(String nodeId) {
    return new Problem(severity, code, message, nodeId, flowId, from, to, policy, locations, fix);
  }

  /** A copy located at a flow between two nodes. */
  public Problem atFlow(String flowId, String from, String to) {
    return new Problem(severity, code, message, nodeId, flowId, from, to, policy, locations, fix);
  }

  /** A copy located at these places only, the first the primary one. */
  public Problem at(List<SourceLocation> places) {
    return new Problem(severity, code, message, nodeId, flowId, from, to, policy, places, fix);
  }

  /** A copy located at this place only. */
  public Problem at(SourceLocation place) {
    return at(List.of(place));
  }

  /** A copy located in a file, at a 1-based line or {@code null} for the whole file. */
  public Problem atFile(String file, Integer line) {
    return at(SourceLocation.of(file, line));
  }

  /** A copy concerning a policy. */
  public Problem inPolicy(String policy) {
    return new Problem(severity, code, message, nodeId, flowId, from, to, policy, locations, fix);
  }

  /** A copy concerning a policy of a file (located at the whole file). */
  public Problem inPolicy(String file, String policy) {
    return inPolicy(policy).at(SourceLocation.of(file));
  }

  /** A copy with another severity and message, located and fixed alike. */
  public Problem as(Severity severity, String message) {
    return new Problem(severity, code, message, nodeId, flowId, from, to, policy, locations, fix);
  }

  /** A copy with a quick fix. */
  public Problem withFix(QuickFix quickFix) {
    return new Problem(
        severity,
        code,
        message,
        nodeId,
        flowId,
        from,
        to,
        policy,
        locations,
        Optional.of(quickFix));
  }

  /** Whether this is an error. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The primary place, if a file is concerned. */
  public Optional<SourceLocation> primaryLocation() {
    return locations.isEmpty() ? Optional.empty() : Optional.of(locations.get(0));
  }

  /** The primary place's file, or {@code null}. */
  public String file() {
    return primaryLocation().map(SourceLocation::file).orElse(null);
  }

  /** The primary place's 1-based line, or {@code null} when no line is known. */
  public Integer line() {
    return primaryLocation().filter(SourceLocation::hasLine).map(SourceLocation::line).orElse(null);
  }

  /** The diagram element to reveal: the flow when one is concerned, else the node, else null. */
  public String elementId() {
    return flowId != null ? flowId : nodeId;
  }

  /**
   * Where to look, as the command line and the Problems tab show it: {@code file:line[:column]}
   * when a line is known, else the flow, else the node, else the file, else the policy, else the
   * empty string.
   */
  public String where() {
    Optional<SourceLocation> primary = primaryLocation();
    if (primary.isPresent() && primary.get().hasLine()) {
      return primary.get().toString();
    }
    if (elementId() != null) {
      return elementId();
    }
    if (primary.isPresent()) {
      return primary.get().file();
    }
    return policy == null ? "" : policy;
  }

  /**
   * The problem as {@code check} prints it and the Problems tab copies it: {@code severity code
   * where: message}, and its quick fix on an indented second line.
   */
  public String report() {
    StringBuilder s = new StringBuilder();
    s.append(severity.noun()).append(' ').append(code);
    String place = where();
    if (!place.isEmpty()) {
      s.append(' ').append(place);
    }
    s.append(": ").append(message).append('\n');
    fix.ifPresent(f -> s.append("  fix: ").append(f.description()).append('\n'));
    return s.toString();
  }

  /** {@code N errors, N warnings, N notes} of these problems. */
  public static String summary(Collection<Problem> problems) {
    StringBuilder s = new StringBuilder();
    for (Severity severity : Severity.values()) {
      long n = problems.stream().filter(p -> p.severity() == severity).count();
      s.append(s.length() == 0 ? "" : ", ").append(n).append(' ').append(severity.noun());
      s.append(n == 1 ? "" : "s");
    }
    return s.toString();
  }

  /** {@code file:line: message} (or just the message without a file). */
  @Override
  public String toString() {
    return primaryLocation().map(l -> l + ": " + message).orElse(message);
  }
}
