package dev.policydesigner.model.engine;

import dev.policydesigner.model.Entity;
import dev.policydesigner.model.FqdnSelector;
import dev.policydesigner.model.check.CidrBlock;
import java.util.List;
import java.util.Set;

/**
 * Who a rule admits (or a policy selects), as read from a document; see {@link PeerMatch} for how
 * each kind matches an identity.
 */
sealed interface Peer {
  /**
   * A Cilium endpoint selector over an endpoint's labels: its own labels, {@code
   * io.kubernetes.pod.namespace}, {@code io.cilium.k8s.namespace.labels.*} and {@code reserved:*}.
   * The policy's namespace scoping is already part of the selector.
   */
  record Endpoints(LabelSelector selector) implements Peer {}

  /** {@code toEntities} / {@code fromEntities}. */
  record Entities(Set<Entity> entities) implements Peer {}

  /** A CIDR with its exceptions ({@code toCIDR}, {@code toCIDRSet}, {@code ipBlock}). */
  record Cidr(String text, CidrBlock block, List<CidrBlock> except) implements Peer {}

  /** {@code toFQDNs}. */
  record Fqdns(List<FqdnSelector> selectors) implements Peer {}

  /**
   * A {@code toServices} entry: by name ({@code k8sService}) or by the Service's labels ({@code
   * k8sServiceSelector}); a {@code null} namespace means any.
   */
  record Services(String namespace, String name, LabelSelector selector) implements Peer {}

  /** {@code toNodes} / {@code fromNodes}, or a host policy's {@code nodeSelector}. */
  record Nodes(LabelSelector selector) implements Peer {}

  /**
   * A NetworkPolicy peer: pods by {@code podSelector} in the namespaces {@code namespaceSelector}
   * selects (the policy's own namespace when it is {@code null}); {@code podSelector} {@code null}
   * means every pod of those namespaces.
   */
  record KubernetesPods(
      LabelSelector podSelector, LabelSelector namespaceSelector, String namespace)
      implements Peer {}

  /** Every peer: a rule with ports but no peer, or a NetworkPolicy rule without {@code from}. */
  record Anything() implements Peer {}
}
