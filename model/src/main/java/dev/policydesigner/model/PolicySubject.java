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
 * @param fallbackOnlyWhenEnforcing emit the NetworkPolicy only in enforce mode (a standard
 *     NetworkPolicy always default-denies, so in audit mode it would block what the audit-mode
 *     Cilium policy only observes)
 */
public record PolicySubject(
    String workloadId,
    String policyName,
    String title,
    String purpose,
    String description,
    NetworkPolicyFallback fallback,
    boolean fallbackOnlyWhenEnforcing) {
  public PolicySubject {
    Objects.requireNonNull(workloadId, "workloadId");
    Objects.requireNonNull(policyName, "policyName");
    title = title == null ? policyName : title;
    purpose = purpose == null ? "" : purpose;
    description = description == null ? "" : description;
    fallback = fallback == null ? NetworkPolicyFallback.NONE : fallback;
  }

  /** A subject with the given texts and fallback, emitted in both modes. */
  public PolicySubject(
      String workloadId,
      String policyName,
      String title,
      String purpose,
      String description,
      NetworkPolicyFallback fallback) {
    this(workloadId, policyName, title, purpose, description, fallback, false);
  }

  /** A copy with another fallback. */
  public PolicySubject withFallback(NetworkPolicyFallback fallback, boolean onlyWhenEnforcing) {
    return new PolicySubject(
        workloadId, policyName, title, purpose, description, fallback, onlyWhenEnforcing);
  }

  /** A copy with other texts. */
  public PolicySubject withTexts(String policyName, String title, String purpose, String desc) {
    return new PolicySubject(
        workloadId, policyName, title, purpose, desc, fallback, fallbackOnlyWhenEnforcing);
  }
}
