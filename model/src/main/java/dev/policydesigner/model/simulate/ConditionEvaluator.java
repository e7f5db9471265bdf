package dev.policydesigner.model.simulate;

import dev.policydesigner.model.Guard;
import dev.policydesigner.model.expr.Condition;
import dev.policydesigner.model.expr.ExpressionException;
import java.util.Map;

/**
 * Evaluates conditions of the expression language ({@link Condition}) under concrete values, with
 * Jinja2's semantics. A text outside the language, or one that Jinja2 could not evaluate, is an
 * error, never silently true.
 */
public final class ConditionEvaluator {
  private final Map<String, Object> values;

  /** An evaluator over {@code values} (flag name → value). */
  public ConditionEvaluator(Map<String, Object> values) {
    this.values = Map.copyOf(values);
  }

  /** The truth of one expression. */
  public boolean test(String expression) throws ConditionException {
    try {
      return Condition.parse(expression).test(values);
    } catch (ExpressionException e) {
      throw new ConditionException("cannot evaluate '" + expression + "': " + e.getMessage());
    }
  }

  /** Whether every conjunct of the guard holds (the empty guard always holds). */
  public boolean test(Guard guard) throws ConditionException {
    for (String conjunct : guard.conjuncts()) {
      if (!test(conjunct)) {
        return false;
      }
    }
    return true;
  }
}
