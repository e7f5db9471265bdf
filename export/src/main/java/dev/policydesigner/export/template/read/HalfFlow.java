package dev.policydesigner.export.template.read;

import dev.policydesigner.model.Guard;
import dev.policydesigner.model.L7Rules;
import dev.policydesigner.model.PortRange;
import dev.policydesigner.model.derive.Direction;
import java.util.List;
import java.util.TreeSet;

/**
 * One side of a flow as found in one policy: the egress rule on the source's policy or the ingress
 * rule on the destination's policy (one per peer of the rule).
 *
 * @param direction which rule it is, seen from the policy's subject
 * @param from source node id
 * @param to destination node id
 * @param ports ports; empty = all
 * @param l7 L7 rules
 * @param guard the rule's guard without the file's outer guard
 * @param description the rule's comment
 * @param rule the rule it was read from
 */
record HalfFlow(
    Direction direction,
    String from,
    String to,
    List<PortRange> ports,
    L7Rules l7,
    Guard guard,
    String description,
    ParsedRule rule) {

  /** What must be equal for an egress side and an ingress side to be the same flow. */
  String matchKey() {
    TreeSet<String> portSet = new TreeSet<>();
    ports.forEach(p -> portSet.add(p.label()));
    return from + "\u0000" + to + "\u0000" + portSet + "\u0000" + l7 + "\u0000" + guard;
  }
}
