package dev.policydesigner.model.walkthrough;

import java.util.List;
import java.util.Objects;

/**
 * One step of a walkthrough: one flow, what it is for and what it becomes.
 *
 * @param index the step's number, from 1
 * @param total how many steps the walkthrough has
 * @param flowId the flow this step shows
 * @param title source and destination names, e.g. {@code Hubble UI → Hubble Relay}
 * @param description the flow's description
 * @param narration what the flow becomes, in plain English: the rules, ports, L7 rules and the
 *     condition, e.g. {@code egress rule in `hubble-ui`, ingress rule in `hubble-relay`, TCP 4245,
 *     only when `hubble_enabled`}
 * @param rules the rules the flow becomes, egress (on the source) before ingress
 */
public record WalkthroughStep(
    int index,
    int total,
    String flowId,
    String title,
    String description,
    String narration,
    List<RuleLocation> rules) {
  public WalkthroughStep {
    Objects.requireNonNull(flowId, "flowId");
    rules = List.copyOf(rules);
  }

  /** {@code 3 / 6}. */
  public String progress() {
    return index + " / " + total;
  }
}
