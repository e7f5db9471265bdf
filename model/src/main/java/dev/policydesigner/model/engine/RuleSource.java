package dev.policydesigner.model.engine;

import dev.policydesigner.model.derive.Direction;
import java.util.Objects;

/**
 * Where a rule comes from: its policy, direction, whether it denies, and its template line.
 *
 * @param policy the policy holding it
 * @param direction ingress or egress, seen from the policy's subject
 * @param deny whether it is an {@code ingressDeny} / {@code egressDeny} rule
 * @param line the line of the rule in the template, from 1
 * @param description the comment written above the rule in the template, or empty
 */
public record RuleSource(
    PolicyRef policy, Direction direction, boolean deny, int line, String description) {
  public RuleSource {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(direction, "direction");
    description = description == null ? "" : description;
  }

  /** The template of the rule. */
  public String file() {
    return policy.file();
  }

  /** {@code file:line}. */
  public String location() {
    return policy.file() + ":" + line;
  }

  /** {@code ingress}, {@code egressDeny}, … */
  public String section() {
    return direction.yamlName() + (deny ? "Deny" : "");
  }

  /** One line naming the rule, its policy and its place. */
  public String label() {
    StringBuilder s = new StringBuilder(policy.title()).append(' ').append(section());
    s.append(" rule");
    if (!description.isBlank()) {
      s.append(" \"").append(description).append('"');
    }
    return s.append(" at ").append(location()).toString();
  }
}
