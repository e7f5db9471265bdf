package dev.policydesigner.export.diagram.image;

import dev.policydesigner.model.expr.Condition;
import dev.policydesigner.model.expr.ExpressionException;

/**
 * A condition as people read it on a diagram: {@code monitoring_enabled} instead of {@code
 * monitoring_enabled | default(false)} (see {@link Condition#readable()}).
 */
final class ConditionText {
  private ConditionText() {}

  /** The readable spelling; a text outside the expression language with its spaces collapsed. */
  static String shorten(String condition) {
    if (condition == null) {
      return "";
    }
    try {
      return Condition.parse(condition).readable();
    } catch (ExpressionException e) {
      return condition.replaceAll("\\s+", " ").strip();
    }
  }
}
