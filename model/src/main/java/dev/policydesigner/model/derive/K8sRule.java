package dev.policydesigner.model.derive;

import dev.policydesigner.model.Guard;
import dev.policydesigner.model.PortRange;
import java.util.List;

/** One rule of a standard NetworkPolicy: peers (empty = any) and ports (empty = all). */
public record K8sRule(List<K8sPeer> peers, List<PortRange> ports, Guard guard, String description) {
  public K8sRule {
    peers = List.copyOf(peers);
    ports = List.copyOf(ports);
  }
}
