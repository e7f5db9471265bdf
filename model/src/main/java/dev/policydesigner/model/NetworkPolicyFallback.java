package dev.policydesigner.model;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether, and how precisely, a standard Kubernetes NetworkPolicy is emitted beside the Cilium one.
 */
public enum NetworkPolicyFallback {
  /** Only the CiliumNetworkPolicy. */
  NONE,
  /** One NetworkPolicy rule per flow: namespace + pod selector, guarded like the flow. */
  PRECISE,
  /** The coarse form: one rule per direction, allowing whole namespaces on the union of ports. */
  NAMESPACE;

  /** The lower-case name used in diagram files. */
  public String fileName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a diagram-file name. */
  public static Optional<NetworkPolicyFallback> parse(String text) {
    for (NetworkPolicyFallback f : values()) {
      if (f.fileName().equals(text)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
