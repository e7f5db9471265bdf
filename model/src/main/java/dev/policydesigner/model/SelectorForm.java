package dev.policydesigner.model;

import java.util.List;
import java.util.Objects;

/**
 * How the {@code endpointSelector} of an imported CiliumNetworkPolicy was written when it used
 * single-value {@code In} match expressions instead of {@code matchLabels}.
 *
 * @param policy {@code metadata.name} of the policy
 * @param expressionKeys label keys written as match expressions, in their original order
 */
public record SelectorForm(String policy, List<String> expressionKeys) {
  public SelectorForm {
    Objects.requireNonNull(policy, "policy");
    expressionKeys = List.copyOf(expressionKeys);
  }
}
