package dev.policydesigner.model.expr;

import dev.policydesigner.model.expr.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits an expression into tokens. It knows every Jinja operator so that the parser can say
 * precisely what is not allowed; it refuses line breaks, invisible characters, template delimiters
 * and backslashes outright.
 */
final class ExpressionLexer {
  /** The template delimiters of makejinja: statement, placeholder and comment. */
  static final List<String> DELIMITERS = List.of("#%", "%#", "#{", "}#", "#|");

  private static final List<String> TWO_CHAR = List.of("==", "!=", "<=", ">=", "//", "**");
  private static final String ONE_CHAR = "+-*/%~<>()[]{}.,|:=!";

  private final String text;
  private final boolean lenient;
  private final List<Token> tokens = new ArrayList<>();
  private int i;

  private ExpressionLexer(String text, boolean lenient) {
    this.text = text;
    this.lenient = lenient;
  }

  /**
   * Tokens of any Jinja expression, as found in a checkout's templates: backslash escapes in
   * strings are read, and characters the language does not know are skipped.
   */
  static List<Token> lenientTokens(String text) {
    ExpressionLexer lexer = new ExpressionLexer(text, true);
    try {
      lexer.run();
    } catch (ExpressionException e) {
      throw new IllegalStateException("a lenient reading never fails", e);
    }
    return lexer.tokens;
  }

  static List<Token> tokens(String text) throws ExpressionException {
    checkCharacters(text);
    ExpressionLexer lexer = new ExpressionLexer(text, false);
    lexer.run();
    return lexer.tokens;
  }

  /** Refuses line breaks, invisible characters and template delimiters anywhere in {@code text}. */
  static void checkCharacters(String text) throws ExpressionException {
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (isLineBreak(c)) {
        throw new ExpressionException(
            k + 1, "a line break is not allowed here: write it on one line");
      }
      if (c != '\t' && isInvisible(c)) {
        throw new ExpressionException(
            k + 1,
            String.format("the invisible character U+%04X is not allowed; delete it", (int) c));
      }
      for (String d : DELIMITERS) {
        if (text.startsWith(d, k)) {
          throw new ExpressionException(
              k + 1,
              "'"
                  + d
                  + "' is a template delimiter and is not allowed here: write only the"
                  + " expression, the designer places it in the template");
        }
      }
    }
  }

  static boolean isLineBreak(char c) {
    return c == '\n'
        || c == '\r'
        || c == '\u2028'
        || c == '\u2029'
        || c == '\u0085'
        || c == '\u000B'
        || c == '\u000C';
  }

  private static boolean isInvisible(char c) {
    int type = Character.getType(c);
    return type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.UNASSIGNED
        || type == Character.PRIVATE_USE;
  }

  private void run() throws ExpressionException {
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t') {
        i++;
      } else if (isNameStart(c)) {
        word();
      } else if (c >= '0' && c <= '9') {
        number();
      } else if (c == '\'' || c == '"') {
        string(c);
      } else if (operator()) {
        continue;
      } else if (lenient) {
        i++;
      } else if (Character.isLetter(c)) {
        throw new ExpressionException(
            i + 1, "'" + c + "' is not allowed: names are ASCII letters, digits and '_'");
      } else if (c == '\\') {
        throw new ExpressionException(i + 1, "a backslash is not allowed here");
      } else {
        throw new ExpressionException(i + 1, "'" + c + "' is not allowed here");
      }
    }
    tokens.add(new Token(Kind.END, "", text.length(), text.length()));
  }

  private static boolean isNameStart(char c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isNamePart(char c) {
    return isNameStart(c) || (c >= '0' && c <= '9');
  }

  private void word() {
    int start = i;
    while (i < text.length() && isNamePart(text.charAt(i))) {
      i++;
    }
    tokens.add(new Token(Kind.NAME, text.substring(start, i), start, i));
  }

  private void number() {
    int start = i;
    while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '_')) {
      i++;
    }
    Kind kind = Kind.INTEGER;
    if (i + 1 < text.length() && text.charAt(i) == '.' && Character.isDigit(text.charAt(i + 1))) {
      kind = Kind.DECIMAL;
      i++;
      while (i < text.length() && Character.isDigit(text.charAt(i))) {
        i++;
      }
    }
    tokens.add(new Token(kind, text.substring(start, i), start, i));
  }

  private void string(char quote) throws ExpressionException {
    int start = i;
    int k = i + 1;
    while (k < text.length() && text.charAt(k) != quote) {
      if (text.charAt(k) == '\\' && lenient) {
        k++;
      } else if (text.charAt(k) == '\\') {
        throw new ExpressionException(
            k + 1, "a backslash is not allowed in quoted text; write the text without escapes");
      }
      k++;
    }
    if (k >= text.length() && lenient) {
      k = text.length() - 1;
    } else if (k >= text.length()) {
      throw new ExpressionException(
          start + 1, "the text starting here has no closing " + quote + "; close it");
    }
    tokens.add(
        new Token(Kind.STRING, text.substring(start + 1, Math.max(start + 1, k)), start, k + 1));
    i = k + 1;
  }

  private boolean operator() {
    for (String op : TWO_CHAR) {
      if (text.startsWith(op, i)) {
        tokens.add(new Token(Kind.OPERATOR, op, i, i + 2));
        i += 2;
        return true;
      }
    }
    char c = text.charAt(i);
    if (ONE_CHAR.indexOf(c) >= 0) {
      tokens.add(new Token(Kind.OPERATOR, String.valueOf(c), i, i + 1));
      i++;
      return true;
    }
    return false;
  }
}
