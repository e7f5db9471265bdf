package dev.policydesigner.model.expr;

import java.util.Set;

/**
 * The words of Jinja the expression language gives a meaning or refuses: keywords, literal words,
 * statement words and built-ins that must not be read as value names.
 */
final class JinjaWords {
  private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "in", "is");
  private static final Set<String> RESERVED =
      Set.of(
          "if",
          "else",
          "elif",
          "endif",
          "for",
          "endfor",
          "set",
          "endset",
          "block",
          "endblock",
          "macro",
          "endmacro",
          "call",
          "endcall",
          "filter",
          "endfilter",
          "import",
          "include",
          "from",
          "with",
          "without",
          "as",
          "recursive",
          "extends",
          "raw",
          "endraw",
          "do");
  private static final Set<String> BUILT_INS =
      Set.of(
          "range",
          "lipsum",
          "dict",
          "cycler",
          "joiner",
          "namespace",
          "self",
          "loop",
          "caller",
          "varargs",
          "kwargs");

  private JinjaWords() {}

  /** Refuses a word that cannot name a value (keyword, statement word, built-in), at its column. */
  static void checkName(Token t) throws ExpressionException {
    if (KEYWORDS.contains(t.text())) {
      throw new ExpressionException(
          t.start() + 1, "expected a name or a literal, found the keyword '" + t.text() + "'");
    }
    if (RESERVED.contains(t.text())) {
      throw new ExpressionException(
          t.start() + 1,
          "'"
              + t.text()
              + "' is a Jinja keyword, not a value name; "
              + ExpressionParser.WHAT_IS_ALLOWED);
    }
    if (BUILT_INS.contains(t.text()) || t.text().startsWith("__")) {
      throw new ExpressionException(
          t.start() + 1, "'" + t.text() + "' names a Jinja built-in, not a value; rename it");
    }
  }

  /** Whether {@code word} can name a value: not a keyword, literal or reserved word. */
  static boolean isValueName(String word) {
    return !KEYWORDS.contains(word) && !RESERVED.contains(word) && !isLiteralWord(word);
  }

  static boolean isLiteralWord(String word) {
    return switch (word) {
      case "true", "True", "false", "False", "none", "None" -> true;
      default -> false;
    };
  }

  static boolean isWordOperator(String word) {
    return KEYWORDS.contains(word);
  }

  static Object literalWord(String word) {
    return switch (word) {
      case "true", "True" -> Boolean.TRUE;
      case "false", "False" -> Boolean.FALSE;
      default -> null;
    };
  }
}
