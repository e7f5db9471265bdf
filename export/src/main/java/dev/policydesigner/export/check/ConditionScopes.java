package dev.policydesigner.export.check;

import dev.policydesigner.model.expr.Condition;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The conditions, as written, that enclose each line of a template: the conjuncts of every open
 * {@code #% if %#} branch ({@code not (…)} for an {@code else}). Used where rendering every
 * combination of flags would be too many renders.
 */
final class ConditionScopes {
  private static final Pattern TAG =
      Pattern.compile("^#%[-+]?\\s*([a-z]+)\\b(.*?)\\s*[-+]?%#$", Pattern.DOTALL);
  private static final Set<String> OPENERS =
      Set.of("if", "for", "macro", "call", "filter", "block", "with", "raw");

  private final List<Set<String>> enclosing = new ArrayList<>();
  private final List<Boolean> content = new ArrayList<>();

  ConditionScopes(String template) {
    Deque<String[]> stack = new ArrayDeque<>(); // {keyword, current condition}
    for (String line : template.split("\n", -1)) {
      Matcher m = TAG.matcher(line.strip());
      enclosing.add(conjuncts(stack));
      content.add(!m.matches() && !line.isBlank() && !line.strip().startsWith("#|"));
      if (!m.matches()) {
        continue;
      }
      String keyword = m.group(1);
      String argument = m.group(2).strip();
      if (OPENERS.contains(keyword)) {
        stack.push(new String[] {keyword, keyword.equals("if") ? argument : ""});
      } else if (keyword.equals("elif") && !stack.isEmpty()) {
        stack.peek()[1] = argument;
      } else if (keyword.equals("else") && !stack.isEmpty() && stack.peek()[0].equals("if")) {
        stack.peek()[1] = "not (" + stack.peek()[1] + ")";
      } else if (keyword.startsWith("end") && !stack.isEmpty()) {
        stack.pop();
      }
    }
  }

  /** The normalised conjuncts enclosing the 1-based {@code line}. */
  Set<String> at(int line) {
    return enclosing.get(Math.min(Math.max(line, 1), enclosing.size()) - 1);
  }

  /** The conjuncts enclosing the template's first content line: the file's own guard. */
  Set<String> fileGuard() {
    for (int i = 0; i < content.size(); i++) {
      if (content.get(i)) {
        return enclosing.get(i);
      }
    }
    return Set.of();
  }

  private static Set<String> conjuncts(Deque<String[]> stack) {
    Set<String> all = new LinkedHashSet<>();
    List<String[]> outerFirst = new ArrayList<>(stack);
    Collections.reverse(outerFirst);
    for (String[] frame : outerFirst) {
      for (String c : Condition.conjunctsOf(frame[1])) {
        all.add(normal(c));
      }
    }
    all.remove("");
    return all;
  }

  static String normal(String conjunct) {
    return Condition.normalize(conjunct);
  }
}
