package dev.policydesigner.export.property;

import dev.policydesigner.model.Workload;

/** Cilium's selection of pods by namespace and labels, on the diagram's workloads. */
final class Selection {
  private Selection() {}

  /**
   * Whether the policy of {@code selector} (its endpointSelector) selects the pods of {@code w}.
   */
  static boolean selects(Workload selector, Workload w) {
    return selector.namespace().equals(w.namespace()) && w.labels().containsAll(selector.labels());
  }
}
