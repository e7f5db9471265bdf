package dev.policydesigner.model.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.model.Guard;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConditionEvaluatorTest {
  private final ConditionEvaluator evaluator =
      new ConditionEvaluator(Map.of("on", true, "off", false, "mode", "enforce", "count", 3));

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "on; true",
        "off; false",
        "missing; false",
        "missing | default(false); false",
        "missing | default(true); true",
        "missing | d(true); true",
        "on | default(false); true",
        "off | default(true); false",
        "off | default(true, true); true",
        "on | default(false) and off | default(false); false",
        "on | default(false) and missing | default(true); true",
        "off or on; true",
        "not off; true",
        "not on and on; false",
        "not (on and off); true",
        "(off or on) and not missing; true",
        "mode == 'enforce'; true",
        "mode | default('audit') == 'enforce'; true",
        "missing | default('audit') == 'enforce'; false",
        "mode != \"audit\"; true",
        "count == 3; true",
        "mode in ['audit', 'enforce']; true",
        "on | upper == 'TRUE'; true",
        "missing is defined; false",
        "on is defined; true",
        "missing is not defined; true",
        "on | lower == 'true'; true",
        "True and true; true",
        "none; false",
      })
  void evaluatesTheSubsetTemplatesUse(String expression, boolean expected) throws Exception {
    assertEquals(expected, evaluator.test(expression));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "cluster.name == 'home'",
        "count > limit",
        "on | replace('a', 'b')",
        "(on",
        "on and",
        "'unterminated",
        "a if b else c",
        "range(3)",
      })
  void rejectsWhatItDoesNotUnderstandInsteadOfGuessing(String expression) {
    ConditionException e = assertThrows(ConditionException.class, () -> evaluator.test(expression));
    assertTrue(e.getMessage().contains(expression), e.getMessage());
  }

  @Test
  void evaluatesAGuardAsTheConjunctionOfItsParts() throws Exception {
    assertTrue(evaluator.test(Guard.ALWAYS));
    assertTrue(evaluator.test(Guard.of("on", "not off")));
    assertEquals(false, evaluator.test(Guard.of("on", "off")));
  }
}
