package dev.policydesigner.model;

import java.util.List;
import java.util.Objects;

/**
 * How one rule of an imported CiliumNetworkPolicy was written: the flows it became, in the order of
 * its peers, and how each peer was written. Regenerating the file writes those flows as one rule
 * again while they still share guard, ports, L7 rules and comment.
 *
 * @param policy {@code metadata.name} of the policy the rule belongs to
 * @param direction {@link VerbatimSection#INGRESS} or {@link VerbatimSection#EGRESS}
 * @param peers the rule's peers in file order, one flow each
 */
public record RuleForm(String policy, VerbatimSection direction, List<PeerForm> peers) {
  public RuleForm {
    Objects.requireNonNull(policy, "policy");
    if (direction != VerbatimSection.INGRESS && direction != VerbatimSection.EGRESS) {
      throw new IllegalArgumentException("a rule form is ingress or egress, not " + direction);
    }
    peers = List.copyOf(peers);
  }

  /** Whether the rule had one peer written in the writer's own form (nothing to remember). */
  public boolean isStandard() {
    return peers.size() == 1 && peers.get(0).isStandard();
  }

  /** The position of the flow's peer in the rule, or -1. */
  public int indexOf(String flowId) {
    for (int i = 0; i < peers.size(); i++) {
      if (Objects.equals(peers.get(i).flowId(), flowId)) {
        return i;
      }
    }
    return -1;
  }
}
