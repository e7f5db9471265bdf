package dev.policydesigner.model.lint;

/** How bad a finding is. */
public enum Severity {
  /** The policy will not do what the diagram says. */
  ERROR,
  /** Likely a mistake, or a known weakness. */
  WARNING,
  /** Worth knowing; nothing to fix necessarily. */
  INFO
}
