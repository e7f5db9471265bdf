package dev.policydesigner.export.check;

import dev.policydesigner.model.expr.Condition;
import dev.policydesigner.model.expr.ExpressionException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * The values a template's conditions read — all names (what its render depends on, besides the
 * values that stay fixed during a check), the boolean flags among them, the flags of the conditions
 * around each line — and what those conditions tell without rendering: whether the template prints
 * anything, whether a line is printed.
 */
final class TemplateFlags {
  private static final Pattern COMMENT = Pattern.compile("#\\|.*?#\\|", Pattern.DOTALL);
  private static final Pattern VARIABLE = Pattern.compile("#\\{.*?}#", Pattern.DOTALL);
  private static final Pattern TAG =
      Pattern.compile("#%[-+]?\\s*([a-z]+)\\b(.*?)[-+]?%#", Pattern.DOTALL);

  private final Set<String> names;
  private final Set<String> flags;
  private final Set<String> assigned;
  private final String text;
  private final Map<String, Optional<Condition>> conditions = new HashMap<>();
  private ConditionScopes scopes;
  private List<Set<String>> minimal;
  private Set<String> emptiness;
  private Boolean needsRender;

  TemplateFlags(String text) {
    this.text = text;
    this.names = ConditionNames.of(text);
    this.flags = ConditionNames.flags(text);
    this.assigned = ConditionNames.assigned(text);
  }

  /**
   * Whether the check must render the template to know it renders at all: it holds a tag other than
   * {@code if}/{@code elif}/{@code else}/{@code endif}/{@code set}, or an expression outside the
   * expression language (a call, another filter…), which only a render can try. Otherwise every
   * condition and placeholder parses, and nothing in it can fail that the conditions do not already
   * show.
   */
  boolean needsRender() {
    if (needsRender == null) {
      needsRender = outsideTheLanguage();
    }
    return needsRender;
  }

  private boolean outsideTheLanguage() {
    String code = TagMatches.without(COMMENT, "#|", text);
    for (MatchResult v : TagMatches.of(VARIABLE, "#{", code)) {
      if (!ParsedConditions.isValue(v.group())) {
        return true;
      }
    }
    for (MatchResult t : TagMatches.of(TAG, "#%", code)) {
      String keyword = t.group(1);
      String argument = t.group(2).strip();
      boolean fine =
          switch (keyword) {
            case "else", "endif" -> argument.isEmpty();
            case "if", "elif" -> ParsedConditions.condition(argument).isPresent();
            case "set" ->
                argument.matches("[A-Za-z_]\\w*\\s*=.+")
                    && ParsedConditions.condition(
                            argument.substring(argument.indexOf('=') + 1).strip())
                        .isPresent();
            default -> false;
          };
      if (!fine) {
        return true;
      }
    }
    return false;
  }

  /** Every name the conditions read, sorted. */
  Set<String> names() {
    return names;
  }

  /** The boolean flags the conditions test, sorted. */
  Set<String> flags() {
    return flags;
  }

  /**
   * The boolean flags that decide whether the template renders empty: those of the minimal scopes
   * of its printing lines. A line whose conditions include all of another printing line's prints
   * only when that one does, so its further conditions cannot make the template non-empty.
   */
  Set<String> emptinessFlags() {
    if (emptiness == null) {
      Set<String> found = new TreeSet<>();
      for (Set<String> scope : minimalScopes()) {
        found.addAll(ConditionNames.flagsIn(List.copyOf(scope)));
      }
      emptiness = Collections.unmodifiableSet(found);
    }
    return emptiness;
  }

  /** The boolean flags of the conditions enclosing the 1-based {@code line}. */
  Set<String> around(int line) {
    Set<String> around = new TreeSet<>();
    for (String conjunct : scopes().fullScopeAt(line)) {
      if (!conjunct.equals(ConditionScopes.OPAQUE)) {
        around.addAll(ConditionNames.flagsIn(List.of(conjunct)));
      }
    }
    return around;
  }

  /**
   * Whether the template prints anything under {@code values}, told from its conditions alone (no
   * render); empty when a condition is outside the expression language, reads a name the template
   * sets itself, or lies in a block that may print nothing.
   */
  Optional<Boolean> printsUnder(Map<String, Object> values) {
    boolean prints = false;
    for (Set<String> scope : minimalScopes()) {
      Optional<Boolean> holds = holds(scope, values);
      if (holds.isEmpty()) {
        return Optional.empty();
      }
      prints |= holds.get();
    }
    return Optional.of(prints);
  }

  /** Whether the 1-based {@code line} is printed under {@code values}, when that can be told. */
  Optional<Boolean> linePrintedUnder(int line, Map<String, Object> values) {
    return holds(scopes().fullScopeAt(line), values);
  }

  private Optional<Boolean> holds(Set<String> scope, Map<String, Object> values) {
    boolean all = true;
    for (String condition : scope) {
      Optional<Condition> parsed = conditions.computeIfAbsent(condition, this::evaluable);
      if (parsed.isEmpty()) {
        return Optional.empty();
      }
      try {
        all &= parsed.get().test(values);
      } catch (ExpressionException e) {
        return Optional.empty();
      }
    }
    return Optional.of(all);
  }

  private Optional<Condition> evaluable(String condition) {
    if (condition.equals(ConditionScopes.OPAQUE)) {
      return Optional.empty();
    }
    return ParsedConditions.condition(condition)
        .filter(parsed -> parsed.names().stream().noneMatch(assigned::contains));
  }

  private List<Set<String>> minimalScopes() {
    if (minimal == null) {
      List<Set<String>> all = List.copyOf(scopes().printingScopes());
      minimal = new ArrayList<>();
      for (Set<String> scope : all) {
        if (all.stream().noneMatch(o -> !o.equals(scope) && scope.containsAll(o))) {
          minimal.add(scope);
        }
      }
    }
    return minimal;
  }

  private ConditionScopes scopes() {
    if (scopes == null) {
      scopes = new ConditionScopes(text);
    }
    return scopes;
  }
}
