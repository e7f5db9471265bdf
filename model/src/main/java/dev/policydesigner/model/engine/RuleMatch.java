package dev.policydesigner.model.engine;

import java.util.List;

/**
 * A rule that covers the other end of a connection, with the ports it covers there.
 *
 * @param source the rule
 * @param ports the numeric ports and ICMP types it covers
 * @param namedPorts ports it names that cannot be resolved ({@code http/TCP})
 * @param l7 the L7 rule kinds that filter requests on those ports
 */
public record RuleMatch(
    RuleSource source, PortSet ports, List<String> namedPorts, List<String> l7) {
  public RuleMatch {
    namedPorts = List.copyOf(namedPorts);
    l7 = List.copyOf(l7);
  }

  /** Whether a named port of the rule could be {@code traffic}'s port (same protocol). */
  boolean mayCover(Traffic traffic) {
    return namedPorts.stream().anyMatch(n -> n.endsWith("/" + traffic.protocol().label()));
  }
}
