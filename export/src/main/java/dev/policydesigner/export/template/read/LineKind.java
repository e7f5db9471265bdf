package dev.policydesigner.export.template.read;

/** What one line of a policy template is. */
public enum LineKind {
  /** Only whitespace. */
  BLANK,
  /** A Jinja statement {@code #% … %#} on its own line. */
  STATEMENT,
  /** A Jinja comment {@code #| … #|} on its own line (or part of a multi-line comment). */
  COMMENT,
  /** YAML text, possibly with {@code #{ … }#} placeholders and trailing comments. */
  TEXT
}
