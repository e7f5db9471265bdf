package dev.policydesigner.export.template.read;

/** The kinds of policy document the reader understands. */
public enum PolicyKind {
  /** {@code cilium.io/v2} CiliumNetworkPolicy. */
  CILIUM,
  /** {@code cilium.io/v2} CiliumClusterwideNetworkPolicy. */
  CILIUM_CLUSTERWIDE,
  /** {@code networking.k8s.io/v1} NetworkPolicy. */
  NETWORK_POLICY;

  /** The kind for a document's {@code kind:} value, or {@code null} if it is none of these. */
  static PolicyKind of(String kind) {
    if (kind == null) {
      return null;
    }
    return switch (kind) {
      case "CiliumNetworkPolicy" -> CILIUM;
      case "CiliumClusterwideNetworkPolicy" -> CILIUM_CLUSTERWIDE;
      case "NetworkPolicy" -> NETWORK_POLICY;
      default -> null;
    };
  }
}
