package dev.policydesigner.model.engine;

import dev.policydesigner.model.Entity;
import dev.policydesigner.model.FqdnSelector;
import dev.policydesigner.model.check.CidrBlock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Whether a peer covers an identity, with Cilium's and Kubernetes' semantics. */
final class PeerMatch {
  private PeerMatch() {}

  /**
   * Whether {@code peer} covers {@code other}. FQDN peers match by name only here; whether the name
   * resolves (a DNS rule covers it) is the engine's concern.
   */
  static boolean matches(Peer peer, EndpointView other, Map<String, ServiceInfo> services) {
    if (peer instanceof Peer.Endpoints e) {
      return e.selector().matches(other.ciliumLabels);
    } else if (peer instanceof Peer.Entities en) {
      return en.entities().stream().anyMatch(x -> entityCovers(x, other));
    } else if (peer instanceof Peer.Cidr c) {
      return cidrCovers(c.block(), c.except(), other);
    } else if (peer instanceof Peer.Fqdns f) {
      return fqdnCovers(f.selectors(), other);
    } else if (peer instanceof Peer.Services s) {
      return serviceCovers(s, other, services);
    } else if (peer instanceof Peer.Nodes n) {
      return other.identity instanceof Identity.OfEntity e
          && other.isNode()
          && n.selector().matches(e.nodeLabels());
    } else if (peer instanceof Peer.KubernetesPods k) {
      return kubernetesCovers(k, other);
    }
    return true; // Peer.Anything
  }

  /**
   * Cilium's entities: {@code all} is everything; {@code world} everything outside the cluster;
   * {@code cluster} every identity inside it; the others exactly their reserved identity.
   */
  static boolean entityCovers(Entity entity, EndpointView other) {
    return switch (entity) {
      case ALL -> true;
      case WORLD -> other.isWorld();
      case CLUSTER -> other.inCluster();
      default -> other.entity() == entity;
    };
  }

  /**
   * Whether every address of {@code other} is in {@code block} and none is in an exception (an
   * exception the identity itself leaves out does not count).
   */
  static boolean cidrCovers(CidrBlock block, List<CidrBlock> except, EndpointView other) {
    if (block == null || other.block == null || !block.contains(other.block)) {
      return false;
    }
    for (CidrBlock hole : except) {
      if (hole.overlaps(other.block) && other.excluded.stream().noneMatch(x -> x.contains(hole))) {
        return false;
      }
    }
    return true;
  }

  private static boolean fqdnCovers(List<FqdnSelector> selectors, EndpointView other) {
    if (!(other.identity instanceof Identity.DnsName d)) {
      return false;
    }
    return selectors.stream().anyMatch(s -> covers(s, d.name()));
  }

  /**
   * Whether selector {@code s} covers every name of {@code name}: an exact name it matches, or a
   * pattern equal to it or under the lone {@code *}.
   */
  static boolean covers(FqdnSelector s, FqdnSelector name) {
    if (name.pattern()) {
      return s.pattern()
          && (s.value().equals("*") || trimDot(s.value()).equalsIgnoreCase(trimDot(name.value())));
    }
    return covers(s, name.value());
  }

  /**
   * Whether a matchName / matchPattern selector covers the DNS name {@code name}. In a pattern
   * {@code *} stands for the characters of one DNS label, a lone {@code *} for every name and a
   * leading {@code **.} for any number of labels.
   */
  static boolean covers(FqdnSelector selector, String name) {
    String n = trimDot(name).toLowerCase(Locale.ROOT);
    String v = trimDot(selector.value()).toLowerCase(Locale.ROOT);
    if (!selector.pattern()) {
      return v.equals(n);
    }
    if (v.equals("*")) {
      return true;
    }
    String prefix = "";
    if (v.startsWith("**.")) {
      prefix = "([-a-z0-9_]+\\.)+";
      v = v.substring(3);
    }
    String regex = prefix + v.replace(".", "\\.").replace("*", "[-a-z0-9_]*");
    return n.matches(regex);
  }

  private static String trimDot(String s) {
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }

  private static boolean serviceCovers(
      Peer.Services s, EndpointView other, Map<String, ServiceInfo> services) {
    if (!(other.identity instanceof Identity.Service svc)) {
      return false;
    }
    if (s.namespace() != null && !s.namespace().equals(svc.namespace())) {
      return false;
    }
    if (s.name() != null) {
      return s.name().equals(svc.name());
    }
    ServiceInfo info = services.get(svc.namespace() + "/" + svc.name());
    return s.selector() != null && info != null && s.selector().matches(info.labels());
  }

  private static boolean kubernetesCovers(Peer.KubernetesPods k, EndpointView other) {
    if (!other.isPod()) {
      return false;
    }
    boolean nsOk =
        k.namespaceSelector() == null
            ? k.namespace().equals(other.namespace())
            : k.namespaceSelector().matches(other.namespaceLabels);
    return nsOk && (k.podSelector() == null || k.podSelector().matches(other.podLabels()));
  }
}
