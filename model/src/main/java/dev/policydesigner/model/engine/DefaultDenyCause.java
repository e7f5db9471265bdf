package dev.policydesigner.model.engine;

/**
 * A policy that puts an endpoint in default deny for a direction.
 *
 * @param policy the policy
 * @param reason why, e.g. {@code enableDefaultDeny.egress is true}
 */
public record DefaultDenyCause(PolicyRef policy, String reason) {
  /** {@code CiliumNetworkPolicy ns/name at file:line (reason)}. */
  public String label() {
    return policy.title() + " at " + policy.location() + " (" + reason + ")";
  }
}
