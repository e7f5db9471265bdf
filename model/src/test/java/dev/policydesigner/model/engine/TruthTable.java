package dev.policydesigner.model.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.provider.Arguments;

/**
 * One row of a truth table: a question, the expected answer, and the documented rule the answer
 * encodes.
 */
final class TruthTable {
  private TruthTable() {}

  /** A row: {@code rule} cites the documentation, the rest is the question and answer. */
  static Arguments row(String rule, Identity from, Identity to, String traffic, Outcome expected) {
    return Arguments.of(rule, from, to, traffic, expected);
  }

  /** Asserts the engine's answer for a row, showing the explanation when it differs. */
  static Decision check(
      PolicyEngine engine, String rule, Identity from, Identity to, String traffic, Outcome want) {
    Traffic t = Traffic.parse(traffic).orElseThrow();
    Decision d = engine.decide(from, to, t);
    assertEquals(want, d.outcome(), rule + "\n" + d.description() + "\n" + d.explanation());
    return d;
  }
}
