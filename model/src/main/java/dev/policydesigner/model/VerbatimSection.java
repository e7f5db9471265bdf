package dev.policydesigner.model;

/** Where in a policy template a {@link VerbatimBlock} goes. */
public enum VerbatimSection {
  /** Under {@code metadata:}, after {@code name} and {@code namespace} (labels, annotations). */
  METADATA,
  /** Under {@code spec:}, after the rules ({@code ingressDeny}, {@code ingress: []}, …). */
  SPEC,
  /** Among the ingress rules, after the rule of the anchor flow. */
  INGRESS,
  /** Among the egress rules, after the rule of the anchor flow. */
  EGRESS,
  /** A whole document (with its {@code ---}), after the documents of the anchor policy. */
  DOCUMENT
}
