package dev.policydesigner.export.template;

import dev.policydesigner.model.derive.Direction;

/** Which CiliumNetworkPolicy rule a list item is, for its {@link RuleSpan}. */
record RuleKey(String policy, Direction direction, String flowId) {
  RuleSpan span(int firstLine, int lastLine) {
    return new RuleSpan(policy, direction, flowId, firstLine, lastLine);
  }
}
