package dev.policydesigner.export.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.policydesigner.export.testing.MakejinjaOracle;
import dev.policydesigner.model.expr.Condition;
import dev.policydesigner.model.expr.TemplateValue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The expression language evaluates as real Jinja2 (makejinja's settings) does: a corpus of
 * conditions and placeholders rendered by both under several value sets, compared byte for byte.
 */
class ExpressionParityTest {
  private static final List<String> CONDITIONS =
      List.of(
          "on",
          "off",
          "missing",
          "not on",
          "not missing",
          "on and off",
          "on or off",
          "off or mode",
          "on and mode",
          "missing or count",
          "not (on and off)",
          "on | default(false)",
          "missing | default(false)",
          "missing | default(true)",
          "off | default(true)",
          "off | default(true, true)",
          "n | default(true)",
          "n | default(true, true)",
          "empty | default('x', true) == 'x'",
          "missing | d(1) == 1",
          "on == true",
          "on == 'true'",
          "on == 'True'",
          "on == 1",
          "off == 0",
          "on != false",
          "s == true",
          "s == 'true'",
          "s",
          "mode == 'enforce'",
          "mode != 'audit'",
          "mode | default('audit') == 'enforce'",
          "missing | default('audit') == 'enforce'",
          "mode in ['audit', 'enforce']",
          "mode not in ['audit']",
          "count in [0, 1, 2, 3]",
          "count == 3",
          "count != 0",
          "count == '3'",
          "on in [1]",
          "missing in ['a', '']",
          "n == none",
          "n is defined",
          "missing is defined",
          "missing is not defined",
          "on | lower == 'true'",
          "on | upper == 'TRUE'",
          "on | string == 'True'",
          "n | string == 'None'",
          "n | lower == 'none'",
          "missing | lower == ''",
          "count | string == '3'",
          "port | default('0') | int == 8080",
          "s | default('') | int == 0",
          "count | default(3) | int == 3",
          "mode | upper in ['ENFORCE', 'AUDIT']",
          "empty",
          "not empty",
          "zero",
          "not zero",
          "-1 == -1",
          "True",
          "none",
          "'a' == 'a'",
          "(on or off) and not (off or missing)",
          "on and not off or missing",
          "not on == false",
          "(not on) == false");

  private static final List<String> VALUES =
      List.of(
          "#{ on }#",
          "#{ off }#",
          "#{ missing }#",
          "#{ n }#",
          "#{ count }#",
          "#{ mode }#",
          "#{ on | lower }#",
          "#{ n | lower }#",
          "#{ missing | default('dflt') }#",
          "#{ n | default('dflt') }#",
          "#{ empty | default('dflt', true) }#",
          "#{ mode | default('audit') | upper }#",
          "#{ on | string }#",
          "#{ count | string }#",
          "#{ port | default(80) | int }#",
          "#{ s | default('q') | int }#",
          "#{ on | default(2) | int }#",
          "x.#{ mode | default('a') }#.example.org",
          "#{ count | default(1) }#-#{ zero }#",
          "#{ missing | default(true) }#",
          "#{ missing | d(none) }#",
          "#{ missing | upper }#");

  @Test
  void conditionsAndPlaceholdersRenderAsInJinja2(@TempDir Path dir) throws Exception {
    for (Map<String, Object> values : valueSets()) {
      StringBuilder template = new StringBuilder();
      StringBuilder expected = new StringBuilder();
      for (int i = 0; i < CONDITIONS.size(); i++) {
        String c = CONDITIONS.get(i);
        template.append("C").append(i).append(":#% if ").append(c).append(" %#T#% else %#F");
        template.append("#% endif %#;\n");
        boolean holds = Condition.parse(c).test(values);
        expected.append("C").append(i).append(':').append(holds ? 'T' : 'F').append(";\n");
      }
      for (int i = 0; i < VALUES.size(); i++) {
        String v = VALUES.get(i);
        template.append("V").append(i).append(":[").append(v).append("]\n");
        expected.append("V").append(i).append(":[");
        expected.append(TemplateValue.parse(v).render(values)).append("]\n");
      }
      String actual = MakejinjaOracle.renderText(dir, template.toString(), asYaml(values));
      assertEquals(expected.toString(), actual, "values " + values);
    }
  }

  private static List<Map<String, Object>> valueSets() {
    List<Map<String, Object>> sets = new ArrayList<>();
    sets.add(Map.of());
    sets.add(values(true, false, "enforce", 3L, "true", "", "8080", 0L));
    sets.add(values(false, true, "audit", 0L, "False", "x", "80", 1L));
    sets.add(values("yes", "", true, "3", "0", "0", "abc", -2L));
    return sets;
  }

  private static Map<String, Object> values(
      Object on,
      Object off,
      Object mode,
      Object count,
      Object s,
      Object empty,
      Object port,
      Object zero) {
    Map<String, Object> v = new HashMap<>();
    v.put("on", on);
    v.put("off", off);
    v.put("mode", mode);
    v.put("count", count);
    v.put("s", s);
    v.put("empty", empty);
    v.put("port", port);
    v.put("zero", zero);
    v.put("n", null);
    return v;
  }

  /** The values as YAML scalars for the renderer's {@code -s key=value}. */
  private static Map<String, String> asYaml(Map<String, Object> values) {
    Map<String, String> out = new LinkedHashMap<>();
    values.forEach(
        (k, v) ->
            out.put(k, v == null ? "~" : v instanceof String s ? "'" + s + "'" : v.toString()));
    return out;
  }
}
