package dev.policydesigner.export.kustomization;

import dev.policydesigner.model.Expressions;
import dev.policydesigner.model.Guard;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Compares guards by their conjuncts, ignoring spacing and outer parentheses. */
final class Conditions {
  private Conditions() {}

  /** The normalised conjuncts of a guard. */
  static Set<String> of(Guard guard) {
    Set<String> set = new LinkedHashSet<>();
    for (String c : guard.conjuncts()) {
      set.add(normal(c));
    }
    return set;
  }

  /** Whether both guards have the same conjuncts, in any order. */
  static boolean same(Guard a, Guard b) {
    return of(a).equals(of(b));
  }

  /** The conjuncts of {@code guard} that {@code ensured} does not already hold. */
  static Guard minus(Guard guard, Guard ensured) {
    Set<String> have = of(ensured);
    List<String> rest = new ArrayList<>();
    for (String c : guard.conjuncts()) {
      if (!have.contains(normal(c))) {
        rest.add(c);
      }
    }
    return new Guard(rest);
  }

  /** {@code not (expression)}. */
  static String negate(String expression) {
    return "not (" + expression.strip() + ")";
  }

  static String normal(String conjunct) {
    String s = conjunct.strip().replaceAll("\\s+", " ").replaceAll(" ?\\| ?", " | ");
    while (s.startsWith("(") && s.endsWith(")") && wrapsWhole(s)) {
      s = s.substring(1, s.length() - 1).strip();
    }
    if (s.startsWith("not ")) {
      String inner = normal(s.substring(4));
      // "not (x)" is "not x" unless x has a top-level and/or: not binds looser than the rest
      return Expressions.splitTopLevelAnd(inner).size() > 1 || Expressions.hasTopLevelOr(inner)
          ? "not (" + inner + ")"
          : "not " + inner;
    }
    return s;
  }

  private static boolean wrapsWhole(String s) {
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
        if (depth == 0 && i < s.length() - 1) {
          return false;
        }
      }
    }
    return depth == 0;
  }
}
