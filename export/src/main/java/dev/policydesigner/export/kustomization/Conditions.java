package dev.policydesigner.export.kustomization;

import dev.policydesigner.model.Guard;
import dev.policydesigner.model.expr.Condition;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Compares guards by their conjuncts in the canonical spelling of the expression language. */
final class Conditions {
  private Conditions() {}

  /** The normalised conjuncts of a guard. */
  static Set<String> of(Guard guard) {
    Set<String> set = new LinkedHashSet<>();
    for (String c : guard.conjuncts()) {
      set.add(Condition.normalize(c));
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
      if (!have.contains(Condition.normalize(c))) {
        rest.add(c);
      }
    }
    return new Guard(rest);
  }

  /** {@code not (expression)}. */
  static String negate(String expression) {
    return "not (" + expression.strip() + ")";
  }
}
