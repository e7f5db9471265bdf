package dev.policydesigner.model.layout;

/** What a box of a {@link NamespaceLayout} holds. */
public enum GroupKind {
  /** The workloads of one Kubernetes namespace. */
  NAMESPACE,
  /** Cilium entities (host, world, kube-apiserver, …). */
  ENTITIES,
  /** CIDRs and FQDNs: addresses outside the cluster. */
  OUTSIDE
}
