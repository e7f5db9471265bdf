package dev.policydesigner.model.engine;

import dev.policydesigner.model.Entity;
import dev.policydesigner.model.check.CidrBlock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An identity with the labels policies select it by: for a pod its own labels, its namespace
 * ({@code io.kubernetes.pod.namespace}) and its namespace's labels ({@code
 * io.cilium.k8s.namespace.labels.*}); for an entity its {@code reserved:} label.
 */
final class EndpointView {
  static final String NAMESPACE_LABEL = "io.kubernetes.pod.namespace";
  static final String NAMESPACE_LABELS_PREFIX = "io.cilium.k8s.namespace.labels.";
  static final String METADATA_NAME = "kubernetes.io/metadata.name";

  final Identity identity;
  final Map<String, String> ciliumLabels;
  final Map<String, String> namespaceLabels;
  final CidrBlock block;
  final List<CidrBlock> excluded;

  EndpointView(Identity identity, Map<String, Map<String, String>> namespaces) {
    this.identity = identity;
    Map<String, String> cilium = new HashMap<>();
    Map<String, String> nsLabels = new HashMap<>();
    CidrBlock b = null;
    List<CidrBlock> ex = List.of();
    if (identity instanceof Identity.Pod pod) {
      nsLabels.putAll(namespaces.getOrDefault(pod.namespace(), Map.of()));
      nsLabels.put(METADATA_NAME, pod.namespace());
      nsLabels.forEach((k, v) -> cilium.put(NAMESPACE_LABELS_PREFIX + k, v));
      pod.labels().forEach((k, v) -> cilium.put(LabelSelector.normalKey(k), v));
      cilium.put(NAMESPACE_LABEL, pod.namespace());
    } else if (identity instanceof Identity.OfEntity e) {
      cilium.put("reserved:" + e.entity().yamlName(), "");
    } else if (identity instanceof Identity.Address a) {
      cilium.put("reserved:world", "");
      b = CidrBlock.tryParse(a.cidr()).orElse(null);
      ex = a.except().stream().map(CidrBlock::tryParse).flatMap(Optional::stream).toList();
    } else {
      cilium.put("reserved:world", "");
    }
    this.ciliumLabels = Map.copyOf(cilium);
    this.namespaceLabels = Map.copyOf(nsLabels);
    this.block = b;
    this.excluded = ex;
  }

  boolean isPod() {
    return identity instanceof Identity.Pod;
  }

  /** The pod's namespace, or {@code null}. */
  String namespace() {
    return identity instanceof Identity.Pod p ? p.namespace() : null;
  }

  /** The pod's own labels (empty for other identities). */
  Map<String, String> podLabels() {
    return identity instanceof Identity.Pod p ? p.labels() : Map.of();
  }

  /** The entity of an entity identity, or {@code null}. */
  Entity entity() {
    return identity instanceof Identity.OfEntity e ? e.entity() : null;
  }

  /** Whether it is the host networking of a node (local or remote). */
  boolean isNode() {
    Entity e = entity();
    return e == Entity.HOST || e == Entity.REMOTE_NODE;
  }

  /** Whether Cilium counts it as outside the cluster ({@code world}). */
  boolean isWorld() {
    return identity instanceof Identity.Address
        || identity instanceof Identity.DnsName
        || identity instanceof Identity.Service
        || entity() == Entity.WORLD;
  }

  /**
   * Whether Cilium counts it in the {@code cluster} entity: pods, the local and remote nodes, and
   * the reserved in-cluster identities (health, init, ingress, unmanaged, kube-apiserver).
   */
  boolean inCluster() {
    if (isPod()) {
      return true;
    }
    Entity e = entity();
    return e != null && e != Entity.WORLD && e != Entity.ALL;
  }
}
