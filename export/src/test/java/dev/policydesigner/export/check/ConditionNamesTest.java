package dev.policydesigner.export.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConditionNamesTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "a | default(false) and b | default(false)      ; a b",
        "not (x_enabled or y.z) | default(true)          ; x_enabled y",
        "mode == 'enforce' and 'lit' in items            ; items mode",
        "thing is defined and count(3) > 1               ; thing",
      })
  void readsTheValueNamesOfAConditionButNotFiltersTestsCallsOrLiterals(
      String expression, String expected) {
    assertEquals(Set.of(expected.split(" ")), ConditionNames.inExpression(expression));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "'#% set enforce = m == 1 %#\n#% if enforce and a %#\nx\n#% endif %#' ; a",
        "'#% for p in ports %#\n#% if p and b %#\n#% endif %#\n#% endfor %#'  ; b",
      })
  void leavesOutNamesTheTemplateSetsItself(String template, String expected) {
    assertEquals(Set.of(expected), ConditionNames.of(template.replace("\\n", "\n")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "a | default(false) and not b and c | d(true)                  ; a b c",
        "mode | default('audit') == 'enforce' and x                    ; x",
        "replicas | default(1) > 1 or y | default(false)              ; y",
        "backend | default('rustfs') in ['rustfs', 'minio'] and z      ; z",
        "'enforce' == mode or (w and v | default(false))               ; v w",
        "count | int > 2 and name | default('n') and u                 ; u",
      })
  void flagsAreTheNamesTestedForTruthNotTheComparedOnes(String expression, String expected) {
    assertEquals(
        Set.of(expected.split(" ")), ConditionNames.flagsIn(java.util.List.of(expression)));
  }
}
