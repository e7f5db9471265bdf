package dev.policydesigner.model.simulate;

import dev.policydesigner.model.derive.Direction;

/**
 * A rule the verdict names as responsible.
 *
 * @param policyKind {@code CiliumNetworkPolicy} or {@code NetworkPolicy}
 * @param policy the policy's name
 * @param namespace the policy's namespace
 * @param direction ingress or egress, seen from the policy's subject
 * @param file repo-relative path of the template that holds the policy
 * @param line line of the rule in the template, or {@code null} when not known (derived policies)
 * @param flowId the flow the rule comes from, or {@code null} (a rule the deriver added, or a
 *     NetworkPolicy rule that merges several flows)
 * @param description the rule's comment
 */
public record RuleRef(
    String policyKind,
    String policy,
    String namespace,
    Direction direction,
    String file,
    Integer line,
    String flowId,
    String description) {

  /** One line naming the rule, its policy and its file. */
  public String label() {
    StringBuilder s = new StringBuilder();
    s.append(policyKind).append(' ').append(namespace).append('/').append(policy);
    s.append(' ').append(direction.yamlName()).append(" rule");
    if (!description.isBlank()) {
      s.append(" \"").append(description).append('"');
    }
    if (flowId != null) {
      s.append(" (flow ").append(flowId).append(')');
    }
    s.append(" in ").append(file).append(line == null ? "" : ":" + line);
    return s.toString();
  }
}
