package dev.policydesigner.model.derive;

import java.util.Optional;

/** What one subject becomes: its CiliumNetworkPolicy and, optionally, a standard NetworkPolicy. */
public record DerivedPolicy(CiliumPolicy cilium, Optional<K8sNetworkPolicy> networkPolicy) {}
