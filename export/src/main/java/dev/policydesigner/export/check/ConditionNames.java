package dev.policydesigner.export.check;

import dev.policydesigner.model.expr.Condition;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of the values a template's {@code #% if %#} and {@code #% elif %#} conditions read (see
 * {@link Condition#namesIn}), without names the template sets itself.
 */
final class ConditionNames {
  private static final Pattern CONDITION =
      Pattern.compile("#%[-+]?\\s*(?:if|elif)\\s+(.*?)\\s*[-+]?%#", Pattern.DOTALL);
  private static final Pattern ASSIGNED =
      Pattern.compile("#%[-+]?\\s*(?:set|for)\\s+([A-Za-z_][A-Za-z0-9_, ]*?)\\s*(?:=|\\bin\\b)");

  private ConditionNames() {}

  /** The names read by the conditions of {@code template}, sorted. */
  static Set<String> of(String template) {
    Set<String> names = new TreeSet<>();
    Matcher m = CONDITION.matcher(template);
    while (m.find()) {
      names.addAll(inExpression(m.group(1)));
    }
    Matcher a = ASSIGNED.matcher(template);
    while (a.find()) {
      for (String local : a.group(1).split(",")) {
        names.remove(local.strip());
      }
    }
    return names;
  }

  /** The value names of one expression. */
  static Set<String> inExpression(String expression) {
    return new TreeSet<>(Condition.namesIn(expression));
  }
}
