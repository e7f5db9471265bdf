package dev.policydesigner.model.expr;

/**
 * A text that is not in the expression language, or an expression that cannot be evaluated with the
 * values given. The message says what is wrong and what to write instead; {@link #column()} is the
 * 1-based column in the text that was parsed, for callers to add their file and line.
 */
public final class ExpressionException extends Exception {
  private final int column;
  private final String reason;

  /** A failure at {@code column} (1-based) described by {@code reason}. */
  public ExpressionException(int column, String reason) {
    super("column " + column + ": " + reason);
    this.column = column;
    this.reason = reason;
  }

  /** The 1-based column of the first character that is not allowed. */
  public int column() {
    return column;
  }

  /** What is wrong and what to do, without the column. */
  public String reason() {
    return reason;
  }

  /** The same failure shifted by {@code offset} columns (for a text inside a larger one). */
  public ExpressionException shifted(int offset) {
    return new ExpressionException(column + offset, reason);
  }
}
