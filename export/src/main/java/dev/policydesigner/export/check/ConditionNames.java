package dev.policydesigner.export.check;

import dev.policydesigner.model.expr.Condition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
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
    for (MatchResult m : TagMatches.of(CONDITION, "#%", template)) {
      names.addAll(inExpression(m.group(1)));
    }
    names.removeAll(assigned(template));
    return names;
  }

  /**
   * The boolean flags the conditions of {@code template} test, sorted (see {@link
   * Condition#flags}): names used for their truth ({@code x}, {@code x | default(false)}, {@code
   * not x}, {@code x and y}), not names compared with a value ({@code x | default('a') == 'b'},
   * {@code x | default(1) > 1}, {@code x in [...]}).
   */
  static Set<String> flags(String template) {
    List<String> conditions = new ArrayList<>();
    for (MatchResult m : TagMatches.of(CONDITION, "#%", template)) {
      conditions.add(m.group(1));
    }
    Set<String> flags = flagsIn(conditions);
    flags.removeAll(assigned(template));
    return flags;
  }

  /**
   * The boolean flags tested by these conditions, sorted. A condition outside the expression
   * language gives the flags of those of its top-level conjuncts that are inside it.
   */
  static Set<String> flagsIn(List<String> conditions) {
    Set<String> flags = new TreeSet<>();
    for (String condition : conditions) {
      Optional<Condition> parsed = ParsedConditions.condition(condition);
      if (parsed.isPresent()) {
        flags.addAll(parsed.get().flags());
      } else {
        for (String conjunct : Condition.conjunctsOf(condition)) {
          // a part the language does not read keeps the values it is given
          ParsedConditions.condition(conjunct).ifPresent(c -> flags.addAll(c.flags()));
        }
      }
    }
    return flags;
  }

  /** The names the template sets itself ({@code set}, {@code for}). */
  static Set<String> assigned(String template) {
    Set<String> names = new TreeSet<>();
    for (MatchResult a : TagMatches.of(ASSIGNED, "#%", template)) {
      for (String local : a.group(1).split(",")) {
        names.add(local.strip());
      }
    }
    return names;
  }

  /** The value names of one expression. */
  static Set<String> inExpression(String expression) {
    Optional<Condition> parsed = ParsedConditions.condition(expression);
    return new TreeSet<>(parsed.isPresent() ? parsed.get().names() : Condition.namesIn(expression));
  }
}
