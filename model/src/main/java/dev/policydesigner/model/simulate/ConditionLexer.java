package dev.policydesigner.model.simulate;

import java.util.ArrayList;
import java.util.List;

/** Splits a Jinja condition into tokens: names, strings, numbers and operators. */
final class ConditionLexer {
  /** The kind of a token. */
  enum Kind {
    NAME,
    STRING,
    NUMBER,
    OPERATOR,
    END
  }

  /** One token; {@code text} is the name, the unquoted string or the operator. */
  record Token(Kind kind, String text, int offset) {}

  private ConditionLexer() {}

  static List<Token> tokens(String expression) throws ConditionException {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < expression.length()) {
      char c = expression.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (Character.isLetter(c) || c == '_') {
        int start = i;
        while (i < expression.length() && isNamePart(expression.charAt(i))) {
          i++;
        }
        tokens.add(new Token(Kind.NAME, expression.substring(start, i), start));
      } else if (Character.isDigit(c)) {
        int start = i;
        while (i < expression.length() && Character.isDigit(expression.charAt(i))) {
          i++;
        }
        tokens.add(new Token(Kind.NUMBER, expression.substring(start, i), start));
      } else if (c == '\'' || c == '"') {
        i = string(expression, i, tokens);
      } else if (expression.startsWith("==", i) || expression.startsWith("!=", i)) {
        tokens.add(new Token(Kind.OPERATOR, expression.substring(i, i + 2), i));
        i += 2;
      } else if ("()|,.".indexOf(c) >= 0) {
        tokens.add(new Token(Kind.OPERATOR, String.valueOf(c), i));
        i++;
      } else {
        throw new ConditionException(
            "unsupported character '" + c + "' at offset " + i + " in '" + expression + "'");
      }
    }
    tokens.add(new Token(Kind.END, "", expression.length()));
    return tokens;
  }

  private static boolean isNamePart(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  private static int string(String expression, int start, List<Token> tokens)
      throws ConditionException {
    char quote = expression.charAt(start);
    StringBuilder text = new StringBuilder();
    int i = start + 1;
    while (i < expression.length() && expression.charAt(i) != quote) {
      char c = expression.charAt(i);
      if (c == '\\' && i + 1 < expression.length()) {
        i++;
        c = expression.charAt(i);
      }
      text.append(c);
      i++;
    }
    if (i >= expression.length()) {
      throw new ConditionException("unterminated string in '" + expression + "'");
    }
    tokens.add(new Token(Kind.STRING, text.toString(), start));
    return i + 1;
  }
}
