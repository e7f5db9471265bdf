package dev.policydesigner.export.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.export.testing.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A template rendered with several value sets renders as each render of its text would. */
class MakejinjaTemplateTest {
  private final MakejinjaRenderer renderer = new MakejinjaRenderer();

  @Test
  void rendersEveryTestDataTemplateAsItsTextRendersUnderEachValueSet() throws Exception {
    List<Path> templates;
    try (Stream<Path> walk = Files.walk(TestData.dir())) {
      templates = walk.filter(p -> p.toString().endsWith(".j2")).sorted().toList();
    }
    assertTrue(templates.size() >= 20, templates::toString);
    List<Map<String, Object>> sets = valueSets();
    for (Path t : templates) {
      String text = Files.readString(t);
      MakejinjaRenderer.Template template = renderer.template(text);
      for (Map<String, Object> values : sets) {
        assertEquals(
            outcome(() -> renderer.render(text, values)),
            outcome(() -> template.render(values)),
            t + " with " + values);
      }
    }
  }

  @Test
  void reportsASyntaxErrorOnEveryRender() {
    String text = "a: 1\n#% if flag %#\nb: 2\n#% endfor %#\n";
    MakejinjaRenderer.Template template = renderer.template(text);
    String expected = outcome(() -> renderer.render(text, Map.of()));
    assertTrue(expected.startsWith("error "), expected);
    for (Map<String, Object> values : valueSets()) {
      assertEquals(
          outcome(() -> renderer.render(text, values)), outcome(() -> template.render(values)));
    }
  }

  @Test
  void reportsAnErrorOnlyUnderTheValuesThatReachIt() {
    String text = "#% if flag %#\nkey: #{ plugin_token() }#\n#% else %#\nkey: none\n#% endif %#\n";
    MakejinjaRenderer.Template template = renderer.template(text);
    assertEquals("key: none\n", outcome(() -> template.render(Map.of("flag", false))));
    assertTrue(outcome(() -> template.render(Map.of("flag", true))).startsWith("error "));
    assertEquals("key: none\n", outcome(() -> template.render(Map.of())));
  }

  private static List<Map<String, Object>> valueSets() {
    List<Map<String, Object>> sets = new ArrayList<>();
    for (String mode : List.of("enforce", "audit")) {
      Map<String, Object> on = new HashMap<>();
      on.put("network_policies_enabled", true);
      on.put("network_policies_mode", mode);
      on.put("flag", true);
      sets.add(on);
    }
    sets.add(Map.of());
    sets.add(Map.of("network_policies_enabled", false, "flag", false));
    return sets;
  }

  private interface Render {
    String run() throws RenderException;
  }

  /** The render, or the error with its line. */
  private static String outcome(Render render) {
    try {
      return render.run();
    } catch (RenderException e) {
      return "error " + e.line() + ": " + e.getMessage();
    }
  }
}
