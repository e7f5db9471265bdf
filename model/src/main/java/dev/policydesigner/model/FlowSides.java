package dev.policydesigner.model;

/**
 * On which side(s) a flow yields a rule. Every drawn flow yields both; an imported flow whose rule
 * was found in only one of two policies that select its ends keeps that one side, so exporting the
 * imported graph does not add a rule the repo did not have.
 */
public enum FlowSides {
  /** The egress rule on the source's policy and the ingress rule on the destination's policy. */
  BOTH,
  /** Only the egress rule on the source's policy. */
  EGRESS_ONLY,
  /** Only the ingress rule on the destination's policy. */
  INGRESS_ONLY;

  /** Whether the source's policy gets the egress rule. */
  public boolean hasEgress() {
    return this != INGRESS_ONLY;
  }

  /** Whether the destination's policy gets the ingress rule. */
  public boolean hasIngress() {
    return this != EGRESS_ONLY;
  }
}
