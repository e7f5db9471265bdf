package dev.policydesigner.model.derive;

import dev.policydesigner.model.Entity;
import dev.policydesigner.model.Guard;
import dev.policydesigner.model.NetworkPolicyFallback;
import dev.policydesigner.model.PortRange;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Derives the standard NetworkPolicy fallback of a Cilium policy. */
final class FallbackDeriver {
  private static final String ANY_IPV4 = "0.0.0.0/0";

  Optional<K8sNetworkPolicy> derive(CiliumPolicy p) {
    NetworkPolicyFallback mode = p.subject().fallback();
    if (mode == NetworkPolicyFallback.NONE) {
      return Optional.empty();
    }
    List<String> notes = new ArrayList<>();
    List<K8sRule> ingress = rules(p.ingress(), mode, Direction.INGRESS, notes);
    List<K8sRule> egress = rules(p.egress(), mode, Direction.EGRESS, notes);
    return Optional.of(
        new K8sNetworkPolicy(
            p.subject().policyName(),
            p.workload().namespace(),
            p.workload().labels(),
            ingress,
            egress,
            notes));
  }

  private List<K8sRule> rules(
      List<Rule> rules, NetworkPolicyFallback mode, Direction dir, List<String> notes) {
    return mode == NetworkPolicyFallback.PRECISE
        ? precise(rules, dir, notes)
        : coarse(rules, dir, notes);
  }

  private List<K8sRule> precise(List<Rule> rules, Direction dir, List<String> notes) {
    List<K8sRule> result = new ArrayList<>();
    for (Rule r : rules) {
      Optional<List<K8sPeer>> peers = peers(r.peer(), true, dir, notes);
      peers.ifPresent(ps -> result.add(new K8sRule(ps, r.ports(), r.guard(), r.description())));
    }
    return result;
  }

  /** The seed's coarse form: whole namespaces, union of the ports, no guards. */
  private List<K8sRule> coarse(List<Rule> rules, Direction dir, List<String> notes) {
    Set<K8sPeer> peers = new LinkedHashSet<>();
    Set<PortRange> ports = new LinkedHashSet<>();
    boolean allPorts = false;
    boolean anyPeer = false;
    List<Rule> used = new ArrayList<>();
    for (Rule r : rules) {
      Optional<List<K8sPeer>> mapped = peers(r.peer(), false, dir, notes);
      if (mapped.isEmpty()) {
        continue;
      }
      used.add(r);
      anyPeer |= mapped.get().isEmpty();
      peers.addAll(mapped.get());
      allPorts |= r.ports().isEmpty();
      ports.addAll(r.ports());
    }
    if (used.isEmpty()) {
      return List.of();
    }
    String text =
        used.size() == 1
            ? used.get(0).description()
            : (dir == Direction.INGRESS
                ? "From authorized namespaces"
                : "To authorized namespaces");
    return List.of(
        new K8sRule(
            anyPeer ? List.of() : List.copyOf(peers),
            allPorts ? List.of() : List.copyOf(ports),
            Guard.ALWAYS,
            text));
  }

  /**
   * The NetworkPolicy peers of a Cilium peer: empty list = any peer, empty optional = not
   * expressible (recorded in {@code notes}).
   */
  private Optional<List<K8sPeer>> peers(
      Peer peer, boolean withPods, Direction dir, List<String> notes) {
    if (peer instanceof Peer.Endpoints e) {
      List<dev.policydesigner.model.Label> pods =
          withPods && !e.labels().isEmpty() ? e.labels() : null;
      return Optional.of(List.of(new K8sPeer(e.namespace(), pods, null, List.of())));
    } else if (peer instanceof Peer.Cidr c) {
      return Optional.of(List.of(K8sPeer.ipBlock(c.cidr(), c.except())));
    } else if (peer instanceof Peer.Entities en) {
      return entities(en, dir, notes);
    }
    notes.add(dir.yamlName() + " to FQDNs is left to the CiliumNetworkPolicy");
    return Optional.empty();
  }

  private Optional<List<K8sPeer>> entities(Peer.Entities en, Direction dir, List<String> notes) {
    List<K8sPeer> result = new ArrayList<>();
    for (Entity e : en.entities()) {
      switch (e) {
        case ALL -> {
          return Optional.of(List.of());
        }
        case WORLD -> result.add(K8sPeer.ipBlock(ANY_IPV4, List.of()));
        case CLUSTER -> result.add(K8sPeer.namespace(""));
        default ->
            notes.add(
                dir.yamlName() + " entity " + e.yamlName() + " is left to the CiliumNetworkPolicy");
      }
    }
    return result.isEmpty() ? Optional.empty() : Optional.of(result);
  }
}
