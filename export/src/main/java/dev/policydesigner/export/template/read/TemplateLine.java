package dev.policydesigner.export.template.read;

import dev.policydesigner.model.Guard;

/**
 * One line of a template, classified.
 *
 * @param number 1-based line number
 * @param raw the line as written, without its line break
 * @param kind what the line is
 * @param statement the statement of a {@link LineKind#STATEMENT} line, else {@code null}
 * @param yaml for {@link LineKind#TEXT}: the YAML text with {@code #| … #|} comments removed; for
 *     other lines {@code ""}
 * @param guard the conjunction of the {@code if}/{@code elif}/{@code else} branches the line is in
 * @param comment for {@link LineKind#COMMENT}: the comment's text without delimiters
 */
public record TemplateLine(
    int number,
    String raw,
    LineKind kind,
    Statement statement,
    String yaml,
    Guard guard,
    String comment) {

  /** Whether the line is a statement with this keyword. */
  public boolean isStatement(String keyword) {
    return kind == LineKind.STATEMENT && statement.is(keyword);
  }

  /** Whether the line is YAML text. */
  public boolean isText() {
    return kind == LineKind.TEXT;
  }

  /** The line's text stripped. */
  public String stripped() {
    return raw.strip();
  }
}
