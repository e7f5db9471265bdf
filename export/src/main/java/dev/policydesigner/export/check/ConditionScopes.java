package dev.policydesigner.export.check;

import dev.policydesigner.model.expr.Condition;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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

  /** Conditions repeat across lines and files: parsed once per process. */
  private static final Map<String, List<String>> CONJUNCTS = new ConcurrentHashMap<>();

  private static final Map<String, String> NORMAL = new ConcurrentHashMap<>();

  private static final int MAX_REMEMBERED = 20_000;

  private static final Pattern PLACEHOLDER = Pattern.compile("#\\{.*?}#");

  private final List<Set<String>> enclosing = new ArrayList<>();
  private final List<Boolean> content = new ArrayList<>();
  private final Set<Set<String>> printing = new LinkedHashSet<>();
  private final List<Set<String>> full = new ArrayList<>();

  /** Stands in a scope for a block whose body may print nothing ({@code for}, {@code macro}…). */
  static final String OPAQUE = "\u0000opaque";

  ConditionScopes(String template) {
    Deque<String[]> stack = new ArrayDeque<>(); // {keyword, current condition, earlier branches}
    Set<String> enclosed = Set.of();
    Set<String> scope = Set.of();
    for (String line : template.split("\n", -1)) {
      String stripped = line.strip();
      Matcher m = stripped.startsWith("#%") ? TAG.matcher(stripped) : null;
      boolean tag = m != null && m.matches();
      enclosing.add(enclosed);
      full.add(scope);
      content.add(!tag && !stripped.isEmpty() && !stripped.startsWith("#|"));
      if (!tag && printsText(stripped)) {
        printing.add(scope);
      }
      if (!tag) {
        continue;
      }
      String keyword = m.group(1);
      String argument = m.group(2).strip();
      if (OPENERS.contains(keyword)) {
        stack.push(new String[] {keyword, keyword.equals("if") ? argument : "", ""});
      } else if (keyword.equals("elif") && !stack.isEmpty()) {
        String[] frame = stack.peek();
        frame[2] = frame[2].isEmpty() ? frame[1] : frame[2] + " or " + frame[1];
        frame[1] = argument;
      } else if (keyword.equals("else") && !stack.isEmpty() && stack.peek()[0].equals("if")) {
        stack.peek()[1] = "not (" + stack.peek()[1] + ")";
      } else if (keyword.startsWith("end") && !stack.isEmpty()) {
        stack.pop();
      } else {
        continue;
      }
      enclosed = Set.copyOf(conjuncts(stack));
      scope = Set.copyOf(withEarlierBranches(stack));
    }
  }

  /**
   * The distinct sets of conditions (with the earlier branches of an {@code elif} or {@code else})
   * under which a line prints literal text: whether the template renders empty depends only on
   * them.
   */
  Set<Set<String>> printingScopes() {
    return printing;
  }

  private static boolean printsText(String line) {
    String text = line.contains("#{") ? PLACEHOLDER.matcher(line).replaceAll("").strip() : line;
    return !text.isEmpty() && !text.startsWith("#|");
  }

  /**
   * The conditions that must hold for a line to be printed: the enclosing conjuncts, {@code not
   * (…)} of the earlier branches of an {@code elif}, and {@link #OPAQUE} inside a block other than
   * {@code if}.
   */
  private static Set<String> withEarlierBranches(Deque<String[]> stack) {
    Set<String> all = new LinkedHashSet<>(conjuncts(stack));
    for (String[] frame : stack) {
      if (!frame[0].equals("if")) {
        all.add(OPAQUE);
      } else if (!frame[2].isEmpty()) {
        all.add(normal("not (" + frame[2] + ")"));
      }
    }
    return all;
  }

  /** All conditions that must hold for the 1-based {@code line} to be printed. */
  Set<String> fullScopeAt(int line) {
    return full.get(Math.min(Math.max(line, 1), full.size()) - 1);
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
      if (CONJUNCTS.size() > MAX_REMEMBERED) {
        CONJUNCTS.clear();
      }
      all.addAll(CONJUNCTS.computeIfAbsent(frame[1], ConditionScopes::normalConjuncts));
    }
    all.remove("");
    return all;
  }

  private static List<String> normalConjuncts(String condition) {
    List<String> normal = new ArrayList<>();
    for (String c : Condition.conjunctsOf(condition)) {
      normal.add(normal(c));
    }
    return normal;
  }

  static String normal(String conjunct) {
    if (NORMAL.size() > MAX_REMEMBERED) {
      NORMAL.clear();
    }
    return NORMAL.computeIfAbsent(conjunct, Condition::normalize);
  }
}
