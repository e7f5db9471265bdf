package dev.policydesigner.model.expr;

/**
 * One token of an expression.
 *
 * @param kind what it is
 * @param text the name, the unquoted string, the digits or the operator
 * @param start 0-based offset of its first character
 * @param end 0-based offset after its last character
 */
record Token(Kind kind, String text, int start, int end) {
  /** The kind of a token. */
  enum Kind {
    NAME,
    STRING,
    INTEGER,
    DECIMAL,
    OPERATOR,
    END
  }

  boolean is(Kind k, String t) {
    return kind == k && text.equals(t);
  }

  boolean isWord(String word) {
    return is(Kind.NAME, word);
  }

  boolean isOperator(String op) {
    return is(Kind.OPERATOR, op);
  }

  /** How the token is named in a message. */
  String describe() {
    return switch (kind) {
      case END -> "the end";
      case STRING -> "the text '" + text + "'";
      default -> "'" + text + "'";
    };
  }
}
