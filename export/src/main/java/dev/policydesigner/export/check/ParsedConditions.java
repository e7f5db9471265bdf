package dev.policydesigner.export.check;

import dev.policydesigner.model.expr.Condition;
import dev.policydesigner.model.expr.ExpressionException;
import dev.policydesigner.model.expr.TemplateValue;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Conditions and placeholders parsed once per process: a repo repeats the same few guards in every
 * file, and a repo check reads each of them several times.
 */
final class ParsedConditions {
  private static final int MAX_REMEMBERED = 20_000;
  private static final Map<String, Optional<Condition>> CONDITIONS = new ConcurrentHashMap<>();
  private static final Map<String, Boolean> VALUES = new ConcurrentHashMap<>();

  private ParsedConditions() {}

  /** The condition, or empty when the text is outside the expression language. */
  static Optional<Condition> condition(String text) {
    if (CONDITIONS.size() > MAX_REMEMBERED) {
      CONDITIONS.clear();
    }
    return CONDITIONS.computeIfAbsent(text, ParsedConditions::parse);
  }

  /** Whether the text is a value in the expression language (plain text and placeholders). */
  static boolean isValue(String text) {
    if (VALUES.size() > MAX_REMEMBERED) {
      VALUES.clear();
    }
    return VALUES.computeIfAbsent(text, t -> TemplateValue.problem(t).isEmpty());
  }

  private static Optional<Condition> parse(String text) {
    try {
      return Optional.of(Condition.parse(text));
    } catch (ExpressionException e) {
      return Optional.empty();
    }
  }
}
