package dev.policydesigner.model;

import java.util.ArrayList;
import java.util.List;

/** Splits Jinja boolean expressions at their top level (outside brackets and quotes). */
public final class Expressions {
  private Expressions() {}

  /** {@code a and (b or c) and d} → {@code [a, (b or c), d]}; outer parentheses are kept. */
  public static List<String> splitTopLevelAnd(String expression) {
    return splitTopLevel(expression, "and");
  }

  /** Whether the expression has an {@code or} outside brackets and quotes. */
  public static boolean hasTopLevelOr(String expression) {
    return splitTopLevel(expression, "or").size() > 1;
  }

  /** Splits at the keyword {@code word} (whole word) outside brackets and quotes. */
  public static List<String> splitTopLevel(String expression, String word) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    char quote = 0;
    int start = 0;
    String s = expression;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quote != 0) {
        if (c == '\\') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        depth--;
      } else if (depth == 0 && isWordAt(s, i, word)) {
        parts.add(s.substring(start, i).strip());
        start = i + word.length();
        i = start - 1;
      }
    }
    String last = s.substring(start).strip();
    if (!last.isEmpty() || !parts.isEmpty()) {
      parts.add(last);
    }
    parts.removeIf(String::isEmpty);
    return parts;
  }

  private static boolean isWordAt(String s, int i, String word) {
    if (!s.startsWith(word, i)) {
      return false;
    }
    boolean before = i == 0 || Character.isWhitespace(s.charAt(i - 1)) || s.charAt(i - 1) == ')';
    int end = i + word.length();
    boolean after =
        end < s.length() && (Character.isWhitespace(s.charAt(end)) || s.charAt(end) == '(');
    return before && after;
  }
}
