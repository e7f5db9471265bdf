package dev.policydesigner.model.engine;

import java.util.List;

/**
 * One rule as the engine reads it: it covers an identity when one of its peers does, on its ports.
 *
 * @param source where it comes from
 * @param peers who it covers; empty = nobody (a rule with neither peers nor ports, {@code {}})
 * @param ports on which ports
 */
record EngineRule(RuleSource source, List<Peer> peers, PortMatch ports) {
  EngineRule {
    peers = List.copyOf(peers);
  }

  /** The FQDN peers of the rule. */
  List<Peer.Fqdns> fqdnPeers() {
    return peers.stream().filter(Peer.Fqdns.class::isInstance).map(Peer.Fqdns.class::cast).toList();
  }
}
