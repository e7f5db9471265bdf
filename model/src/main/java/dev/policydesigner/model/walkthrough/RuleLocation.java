package dev.policydesigner.model.walkthrough;

import dev.policydesigner.model.derive.Direction;
import java.util.Objects;

/**
 * Where a flow becomes a rule: the template file, the policy in it and the rule's direction.
 *
 * @param file repo-relative path of the template
 * @param policy the policy's {@code metadata.name}
 * @param direction ingress or egress, seen from the policy's subject
 */
public record RuleLocation(String file, String policy, Direction direction) {
  public RuleLocation {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(direction, "direction");
  }
}
