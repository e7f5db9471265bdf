package dev.policydesigner.model.derive;

/** The direction of a rule, seen from the policy's subject. */
public enum Direction {
  INGRESS,
  EGRESS;

  /** {@code ingress} / {@code egress}. */
  public String yamlName() {
    return this == INGRESS ? "ingress" : "egress";
  }
}
