package dev.policydesigner.model.engine;

import java.util.Optional;

/** The kinds of policy the engine reads. */
public enum PolicyKind {
  CILIUM("CiliumNetworkPolicy", "CNP"),
  CILIUM_CLUSTERWIDE("CiliumClusterwideNetworkPolicy", "CCNP"),
  KUBERNETES("NetworkPolicy", "NetworkPolicy");

  private final String yamlName;
  private final String shortName;

  PolicyKind(String yamlName, String shortName) {
    this.yamlName = yamlName;
    this.shortName = shortName;
  }

  /** The {@code kind:} of the document. */
  public String yamlName() {
    return yamlName;
  }

  /** {@code CNP}, {@code CCNP} or {@code NetworkPolicy}. */
  public String shortName() {
    return shortName;
  }

  /** The kind written {@code kind}, if the engine reads it. */
  public static Optional<PolicyKind> parse(String kind) {
    for (PolicyKind k : values()) {
      if (k.yamlName.equals(kind)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
