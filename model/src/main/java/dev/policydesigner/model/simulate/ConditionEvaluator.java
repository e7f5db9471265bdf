package dev.policydesigner.model.simulate;

import dev.policydesigner.model.Guard;
import java.util.List;
import java.util.Map;

/**
 * Evaluates the Jinja conditions policy templates use, under concrete values: names (with {@code
 * .attribute}), string / number / boolean / none literals, the filters {@code default} (alias
 * {@code d}) and {@code lower}, {@code is defined} / {@code is not defined}, {@code ==}, {@code
 * !=}, {@code not}, {@code and}, {@code or} and parentheses. Undefined names behave as Jinja2's
 * chainable undefined: falsy, and replaced by {@code default}. Anything else is an error, never
 * silently true.
 */
public final class ConditionEvaluator {
  private final Map<String, Object> values;

  /** An evaluator over {@code values} (flag name → value). */
  public ConditionEvaluator(Map<String, Object> values) {
    this.values = Map.copyOf(values);
  }

  /** The truth of one expression. */
  public boolean test(String expression) throws ConditionException {
    List<ConditionLexer.Token> tokens = ConditionLexer.tokens(expression);
    Object value = new ConditionParser(expression, tokens, values).parse();
    return ConditionValues.truthy(value);
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
