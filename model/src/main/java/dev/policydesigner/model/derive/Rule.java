package dev.policydesigner.model.derive;

import dev.policydesigner.model.Guard;
import dev.policydesigner.model.L7Rules;
import dev.policydesigner.model.PortRange;
import java.util.List;

/**
 * One derived rule of a policy.
 *
 * @param flowId the flow it comes from, or {@code null} for a rule the deriver added (the DNS rule
 *     that {@code toFQDNs} needs)
 * @param peer the other side
 * @param ports ports (container ports); empty = all ports
 * @param l7 L7 rules
 * @param guard flow condition ∧ peer's condition
 * @param description the comment above the rule
 */
public record Rule(
    String flowId, Peer peer, List<PortRange> ports, L7Rules l7, Guard guard, String description) {
  public Rule {
    ports = List.copyOf(ports);
  }
}
