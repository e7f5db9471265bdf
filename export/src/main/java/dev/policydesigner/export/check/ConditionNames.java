package dev.policydesigner.export.check;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of the values a template's {@code #% if %#} and {@code #% elif %#} conditions read,
 * without filters, tests, functions, attributes, literals and names the template sets itself.
 */
final class ConditionNames {
  private static final Pattern CONDITION =
      Pattern.compile("#%[-+]?\\s*(?:if|elif)\\s+(.*?)\\s*[-+]?%#", Pattern.DOTALL);
  private static final Pattern ASSIGNED =
      Pattern.compile("#%[-+]?\\s*(?:set|for)\\s+([A-Za-z_][A-Za-z0-9_, ]*?)\\s*(?:=|\\bin\\b)");
  private static final Pattern STRING = Pattern.compile("'[^']*'|\"[^\"]*\"");
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Set<String> KEYWORDS =
      Set.of(
          "and", "or", "not", "in", "is", "if", "else", "true", "false", "True", "False", "none",
          "None");

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
    String text = STRING.matcher(expression).replaceAll("''");
    Set<String> names = new TreeSet<>();
    Matcher m = NAME.matcher(text);
    while (m.find()) {
      String name = m.group();
      String before = text.substring(0, m.start()).stripTrailing();
      String after = text.substring(m.end()).stripLeading();
      boolean filter = before.endsWith("|");
      boolean attribute =
          before.endsWith(".") && m.start() > 0 && text.charAt(m.start() - 1) == '.';
      boolean test = before.endsWith(" is") || before.endsWith(" is not") || before.equals("is");
      boolean call = after.startsWith("(");
      boolean number = Character.isDigit(name.charAt(0));
      if (!filter && !attribute && !test && !call && !number && !KEYWORDS.contains(name)) {
        names.add(name);
      }
    }
    return names;
  }
}
