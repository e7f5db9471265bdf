package dev.policydesigner.model.simulate;

import dev.policydesigner.model.Entity;
import dev.policydesigner.model.FqdnSelector;
import dev.policydesigner.model.check.CidrBlock;
import dev.policydesigner.model.derive.K8sPeer;
import dev.policydesigner.model.derive.Peer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Whether a rule's peer covers a party, with Cilium's semantics. */
final class PeerMatcher {
  private PeerMatcher() {}

  /** A CiliumNetworkPolicy peer; a selector without namespace means the policy's namespace. */
  static boolean matches(Peer peer, Party party, String policyNamespace) {
    if (peer instanceof Peer.Endpoints e) {
      String ns = e.namespace() == null ? policyNamespace : e.namespace();
      return party.kind() == Party.Kind.POD
          && ns.equals(party.namespace())
          && party.labels().containsAll(e.labels());
    } else if (peer instanceof Peer.Entities en) {
      return en.entities().stream().anyMatch(entity -> entityMatches(entity, party));
    } else if (peer instanceof Peer.Cidr c) {
      return inBlock(c.cidr(), c.except(), party);
    }
    Peer.Fqdns f = (Peer.Fqdns) peer;
    return fqdnMatches(f, party);
  }

  /** A standard NetworkPolicy peer. */
  static boolean matches(K8sPeer peer, Party party, String policyNamespace) {
    if (peer.cidr() != null) {
      return inBlock(peer.cidr(), peer.except(), party);
    }
    if (party.kind() != Party.Kind.POD) {
      return false;
    }
    String ns = peer.namespace() == null ? policyNamespace : peer.namespace();
    boolean nsOk = ns.isEmpty() || ns.equals(party.namespace());
    boolean podsOk = peer.podLabels() == null || party.labels().containsAll(peer.podLabels());
    return nsOk && podsOk;
  }

  static boolean entityMatches(Entity entity, Party party) {
    return switch (entity) {
      case ALL -> true;
      case WORLD -> party.kind() == Party.Kind.WORLD;
      case CLUSTER -> party.inCluster();
      case HOST -> party.kind() == Party.Kind.LOCAL_HOST;
      case REMOTE_NODE -> party.kind() == Party.Kind.REMOTE_HOST;
      default -> party.kind() == Party.Kind.ENTITY && party.entity() == entity;
    };
  }

  private static boolean inBlock(String cidr, List<String> except, Party party) {
    if (party.kind() != Party.Kind.WORLD || party.address() == null) {
      return false;
    }
    Optional<CidrBlock> block = CidrBlock.tryParse(cidr);
    if (block.isEmpty() || !block.get().contains(party.address())) {
      return false;
    }
    for (String ex : except) {
      Optional<CidrBlock> hole = CidrBlock.tryParse(ex);
      if (hole.isPresent()
          && hole.get().overlaps(party.address())
          && !excludes(party, hole.get())) {
        return false;
      }
    }
    return true;
  }

  /** Whether the party's own exceptions already leave out all of {@code hole}'s addresses. */
  private static boolean excludes(Party party, CidrBlock hole) {
    return party.excluded().stream().anyMatch(own -> own.contains(hole));
  }

  private static boolean fqdnMatches(Peer.Fqdns peer, Party party) {
    if (party.kind() != Party.Kind.WORLD) {
      return false;
    }
    if (party.nodeId() != null && party.nodeId().equals(peer.nodeId())) {
      return true;
    }
    for (FqdnSelector name : party.names()) {
      for (FqdnSelector selector : peer.selectors()) {
        if (name.equals(selector) || (!name.pattern() && covers(selector, name.value()))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a matchName / matchPattern selector covers the DNS name {@code name}. */
  static boolean covers(FqdnSelector selector, String name) {
    String n = trimDot(name);
    String v = trimDot(selector.value());
    if (!selector.pattern()) {
      return v.equalsIgnoreCase(n);
    }
    if (v.equals("*")) {
      return true; // a lone * matches every name
    }
    // as in Cilium, * stands for the characters of one DNS label
    String regex = v.toLowerCase(Locale.ROOT).replace(".", "\\.").replace("*", "[-a-z0-9_]*");
    return n.toLowerCase(Locale.ROOT).matches(regex);
  }

  private static String trimDot(String s) {
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }
}
