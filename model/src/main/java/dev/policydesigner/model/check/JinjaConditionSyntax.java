package dev.policydesigner.model.check;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** A sanity check of a Jinja expression: closed quotes, balanced brackets, no delimiters. */
final class JinjaConditionSyntax {
  private static final List<String> DELIMITERS = List.of("#%", "%#", "#{", "}#", "#|");

  private JinjaConditionSyntax() {}

  static Optional<String> check(String condition) {
    String what = "condition " + KubernetesNames.quote(condition) + " is invalid: ";
    if (condition.isBlank()) {
      return Optional.of(what + "it is empty; remove it or write a Jinja expression");
    }
    for (String delimiter : DELIMITERS) {
      if (condition.contains(delimiter)) {
        return Optional.of(
            what
                + "it must not contain the template delimiter '"
                + delimiter
                + "': write only the expression, it is placed inside #% if … %# for you");
      }
    }
    return brackets(condition).map(rule -> what + rule);
  }

  private static Optional<String> brackets(String s) {
    Deque<Character> open = new ArrayDeque<>();
    char quote = 0;
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
        open.push(c);
      } else if (c == ')' || c == ']' || c == '}') {
        char expected = c == ')' ? '(' : c == ']' ? '[' : '{';
        if (open.isEmpty() || open.pop() != expected) {
          return Optional.of("'" + c + "' at position " + (i + 1) + " closes nothing that is open");
        }
      }
    }
    if (quote != 0) {
      return Optional.of("a " + quote + " quote is not closed");
    }
    if (!open.isEmpty()) {
      return Optional.of("'" + open.peek() + "' is not closed");
    }
    return Optional.empty();
  }
}
