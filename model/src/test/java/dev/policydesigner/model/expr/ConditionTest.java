package dev.policydesigner.model.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConditionTest {
  private static final Map<String, Object> VALUES = values();

  private static Map<String, Object> values() {
    Map<String, Object> v = new HashMap<>();
    v.put("on", true);
    v.put("off", false);
    v.put("mode", "enforce");
    v.put("count", 3L);
    v.put("nothing", null);
    v.put("empty", "");
    v.put("word_true", "true");
    return v;
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiter = ';',
      quoteCharacter = '`',
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
        "nothing | default(true); false",
        "empty | default('x', true) == 'x'; true",
        "on | default(false) and off | default(false); false",
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
        "on == 1; true",
        "on == 'true'; false",
        "word_true == true; false",
        "word_true; true",
        "missing is defined; false",
        "on is defined; true",
        "nothing is defined; true",
        "missing is not defined; true",
        "on | lower == 'true'; true",
        "on | string == 'True'; true",
        "count | string == '3'; true",
        "mode | upper == 'ENFORCE'; true",
        "word_true | int == 0; true",
        "mode in ['audit', 'enforce']; true",
        "mode not in ['audit', 'enforce']; false",
        "missing in ['a']; false",
        "count in [1, 2, 3]; true",
        "True and true; true",
        "none; false",
        "-1 == -1; true",
        "count > 1; true",
        "count | default(1) > 1; true",
        "missing | default(1) > 1; false",
        "count >= 3 and count <= 3; true",
        "2 < count; true",
        "on > 1; false",
        "on >= 1; true",
        "off < 1; true",
        "mode < 'zzz'; true",
      })
  void evaluatesAsJinja2Does(String expression, boolean expected) throws Exception {
    assertEquals(expected, Condition.parse(expression).test(VALUES));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      quoteCharacter = '`',
      value = {
        "monitoring_enabled and; 23",
        "x %; 3",
        "cluster.name; 8",
        "range(3); 1",
        "lookup('env', 'HOME'); 7",
        "x | upper(1); 10",
        "x | replace('a', 'b'); 5",
        "x | default(y); 13",
        "cycler.__init__.__globals__.os.popen('id').read(); 1",
        "7*7; 2",
        "x == y; 6",
        "'a' in x; 8",
        "x in y; 6",
        "a if b else c; 3",
        "(on; 4",
        "'unterminated; 1",
        "on and %# evil; 8",
        "x == '#{ y }#'; 7",
        "a\u2028b; 2",
        "x is number; 6",
        "x == 1.5; 6",
        "x == 'a\\b'; 8",
        "__class__; 1",
        "a == b == c; 6",
        "a > b; 5",
        "a < 1 < 2; 7",
      })
  void refusesEverythingElseWithTheColumn(String expression, int column) {
    ExpressionException e =
        assertThrows(ExpressionException.class, () -> Condition.parse(expression));
    assertEquals(column, e.column(), e.getMessage());
  }

  @Test
  void refusesAnEmptyCondition() {
    ExpressionException e = assertThrows(ExpressionException.class, () -> Condition.parse("  "));
    assertEquals(1, e.column());
    assertTrue(e.reason().contains("empty"), e.reason());
  }

  @Test
  void refusesLineBreaksOfEveryKind() {
    for (String br : List.of("\n", "\r", "\u2028", "\u2029", "\u0085")) {
      ExpressionException e =
          assertThrows(ExpressionException.class, () -> Condition.parse("a" + br + "---"));
      assertEquals(2, e.column());
      assertTrue(e.reason().contains("line break"), e.reason());
    }
  }

  @Test
  void splitsTopLevelConjunctsKeepingTheUsersSpelling() throws Exception {
    Condition c = Condition.parse("a | default(false) and (b or  c) and not d");
    assertEquals(List.of("a | default(false)", "(b or  c)", "not d"), c.conjuncts());
    assertEquals(List.of("(a and b)"), Condition.parse("(a and b)").conjuncts());
    assertTrue(Condition.parse("a or b and c").hasTopLevelOr());
    assertFalse(Condition.parse("(a or b) and c").hasTopLevelOr());
    assertEquals(List.of("x.y and z"), Condition.conjunctsOf(" x.y and z "));
  }

  @Test
  void namesFlagsAndReadableText() throws Exception {
    Condition c =
        Condition.parse(
            "a | default(false) and mode | default('audit') == 'enforce' and not b"
                + " and c == true and d is defined and e in ['x']");
    assertEquals(Set.of("a", "mode", "b", "c", "d", "e"), c.names());
    assertEquals(List.of("a", "b", "c"), List.copyOf(c.flags()));
    assertEquals(
        "a and mode == 'enforce' and not b and c == true and d is defined and e in ['x']",
        c.readable());
  }

  @Test
  void printsACanonicalSpellingThatParsesToTheSameText() throws Exception {
    for (String text :
        List.of(
            "not (a  or b)",
            "a and (b or c)",
            "(a and b) or c",
            "x|default( \"it's\" )==\"it's\"",
            "not x == 1",
            "(not x) == true",
            "x | lower | default('a')")) {
      String canonical = Condition.parse(text).canonical();
      assertEquals(canonical, Condition.parse(canonical).canonical(), text);
    }
    assertEquals("not (a or b)", Condition.parse("not (a  or b)").canonical());
    assertEquals(
        "x | default(\"it's\") == \"it's\"",
        Condition.parse("x|default( \"it's\" )==\"it's\"").canonical());
  }

  @Test
  void intOfAnUndefinedNameFailsAsInJinja2() throws Exception {
    Condition c = Condition.parse("port | int == 0");
    ExpressionException e = assertThrows(ExpressionException.class, () -> c.test(Map.of()));
    assertEquals(1, e.column());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {"missing > 1", "mode > 1", "count < 'a'"})
  void orderingWhatJinja2CannotOrderFails(String expression) throws Exception {
    Condition c = Condition.parse(expression);
    ExpressionException e = assertThrows(ExpressionException.class, () -> c.test(VALUES));
    assertTrue(e.getMessage().contains("cannot order"), e.getMessage());
  }
}
