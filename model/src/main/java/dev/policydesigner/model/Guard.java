package dev.policydesigner.model;

import dev.policydesigner.model.expr.Condition;
import dev.policydesigner.model.expr.ExpressionException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A conjunction of Jinja expressions, e.g. {@code network_policies_enabled | default(false)} and
 * {@code hubble_enabled | default(false)}. Empty means "always".
 */
public record Guard(List<String> conjuncts) {
  /** The guard that always holds. */
  public static final Guard ALWAYS = new Guard(List.of());

  public Guard {
    LinkedHashSet<String> unique = new LinkedHashSet<>();
    for (String c : conjuncts) {
      if (c != null && !c.isBlank()) {
        unique.add(c.strip());
      }
    }
    conjuncts = List.copyOf(unique);
  }

  /** A guard of the given conjuncts ({@code null} and blank ones are dropped). */
  public static Guard of(String... conjuncts) {
    List<String> list = new ArrayList<>();
    for (String c : conjuncts) {
      list.add(c);
    }
    return new Guard(list);
  }

  /** Splits a free expression at its top-level {@code and}s (one conjunct if it does not parse). */
  public static Guard parse(String expression) {
    return new Guard(Condition.conjunctsOf(expression));
  }

  /** Whether this guard always holds. */
  public boolean isAlways() {
    return conjuncts.isEmpty();
  }

  /** This guard and {@code other}. */
  public Guard and(Guard other) {
    List<String> all = new ArrayList<>(conjuncts);
    all.addAll(other.conjuncts);
    return new Guard(all);
  }

  /** This guard without the conjuncts {@code other} already ensures. */
  public Guard minus(Guard other) {
    List<String> rest = new ArrayList<>(conjuncts);
    rest.removeAll(other.conjuncts);
    return new Guard(rest);
  }

  /** Whether every conjunct of {@code other} is one of this guard's. */
  public boolean implies(Guard other) {
    return conjuncts.containsAll(other.conjuncts);
  }

  /** The Jinja expression: conjuncts joined with {@code and}, parenthesised where needed. */
  public String expression() {
    List<String> parts = new ArrayList<>();
    for (String c : conjuncts) {
      parts.add(conjuncts.size() > 1 && hasTopLevelOr(c) ? "(" + c + ")" : c);
    }
    return String.join(" and ", parts);
  }

  /** A conjunct outside the expression language is parenthesised whenever it says "or". */
  private static boolean hasTopLevelOr(String conjunct) {
    try {
      return Condition.parse(conjunct).hasTopLevelOr();
    } catch (ExpressionException e) {
      return conjunct.matches("(?s).*\\bor\\b.*");
    }
  }
}
