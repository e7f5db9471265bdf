package dev.policydesigner.model;

import java.util.Objects;

/**
 * A workload that gets a policy.
 *
 * @param workloadId the workload selected by the policy's endpointSelector
 * @param policyName {@code metadata.name}
 * @param title banner title, e.g. "Hubble UI" (banner line "CiliumNetworkPolicy for Hubble UI")
 * @param purpose banner second line, e.g. "Cilium network observability dashboard - …"
 * @param description {@code spec.description}
 * @param fallback the standard NetworkPolicy to emit beside it
 */
public record PolicySubject(
    String workloadId,
    String policyName,
    String title,
    String purpose,
    String description,
    NetworkPolicyFallback fallback) {
  public PolicySubject {
    Objects.requireNonNull(workloadId, "workloadId");
    Objects.requireNonNull(policyName, "policyName");
    title = title == null ? policyName : title;
    purpose = purpose == null ? "" : purpose;
    description = description == null ? "" : description;
    fallback = fallback == null ? NetworkPolicyFallback.NONE : fallback;
  }

  /** A copy with another fallback. */
  public PolicySubject withFallback(NetworkPolicyFallback fallback) {
    return new PolicySubject(workloadId, policyName, title, purpose, description, fallback);
  }

  /** A copy with other texts. */
  public PolicySubject withTexts(String policyName, String title, String purpose, String desc) {
    return new PolicySubject(workloadId, policyName, title, purpose, desc, fallback);
  }
}
