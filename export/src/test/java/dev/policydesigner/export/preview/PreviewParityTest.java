package dev.policydesigner.export.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.export.testing.BatchRenderer;
import dev.policydesigner.export.testing.BatchRenderer.Outcome;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The in-app renderer prints what Jinja2 3.x prints: a corpus of expressions (comparisons, {@code
 * in}, truthiness, {@code default} on booleans, strings against booleans, numbers) is rendered as a
 * value ({@code #{ e }#}) and as a condition ({@code #% if e %#}) under four value sets with both,
 * and every text Jinja2 renders must come out byte for byte the same in-app.
 */
class PreviewParityTest {
  @TempDir Path work;

  static List<String> expressions() throws IOException {
    try (InputStream in = PreviewParityTest.class.getResourceAsStream("parity-expressions.txt")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }
  }

  /** Typed values as cluster.yaml holds them, everything true, everything false, nothing set. */
  static Map<String, Map<String, Object>> valueSets(List<String> expressions) {
    Map<String, Object> typed = new LinkedHashMap<>();
    typed.put("flag_on", true);
    typed.put("flag_off", false);
    typed.put("mode", "enforce");
    typed.put("replicas", 3);
    typed.put("cnpg_replicas", 3);
    typed.put("zero", 0);
    typed.put("name", "cluster");
    typed.put("str_true", "true");
    typed.put("str_false", "false");
    typed.put("empty", "");
    typed.put("items", List.of("a", "b"));
    typed.put("mapping", Map.of("key", "v"));
    typed.put("network_policies_mode", "audit");
    typed.put("dragonfly_mode", "cluster");
    typed.put("loki_deployment_mode", "SimpleScalable");
    typed.put("storage_backend", "minio");
    Map<String, Object> allTrue = new LinkedHashMap<>();
    Map<String, Object> allFalse = new LinkedHashMap<>();
    typed.keySet().forEach(k -> allTrue.put(k, true));
    typed.keySet().forEach(k -> allFalse.put(k, false));
    Map<String, Map<String, Object>> sets = new LinkedHashMap<>();
    sets.put("typed", typed);
    sets.put("everything true", allTrue);
    sets.put("everything false", allFalse);
    sets.put("nothing set", Map.of());
    return sets;
  }

  static List<String> templates(String expression) {
    return List.of(
        "#{ " + expression + " }#\n",
        "#% if " + expression + " %#\nT\n#% else %#\nF\n#% endif %#\n");
  }

  @Test
  void theInAppRendererPrintsWhatJinja2PrintsForEveryExpressionJinja2Renders() throws Exception {
    List<String> expressions = expressions();
    Map<String, Map<String, Object>> sets = valueSets(expressions);
    List<String> texts = new ArrayList<>();
    expressions.forEach(e -> texts.addAll(templates(e)));
    List<List<Outcome>> reference =
        new BatchRenderer(work).renderAllText(texts, List.copyOf(sets.values()));
    MakejinjaRenderer renderer = new MakejinjaRenderer();
    List<String> setNames = List.copyOf(sets.keySet());
    List<String> differences = new ArrayList<>();
    int compared = 0;
    for (int t = 0; t < texts.size(); t++) {
      for (int s = 0; s < setNames.size(); s++) {
        Outcome expected = reference.get(t).get(s);
        if (expected.error() != null) {
          continue;
        }
        compared++;
        String actual;
        try {
          actual = renderer.render(texts.get(t), sets.get(setNames.get(s)));
        } catch (RenderException e) {
          actual = "render-error: " + e.getMessage();
        }
        if (!actual.equals(expected.text())) {
          differences.add(
              texts.get(t).strip().replace('\n', ' ')
                  + " with "
                  + setNames.get(s)
                  + ": Jinja2 "
                  + quoted(expected.text())
                  + ", in-app "
                  + quoted(actual));
        }
      }
    }
    assertTrue(compared > 400, "compared " + compared);
    assertEquals(List.of(), differences, String.join("\n", differences));
  }

  private static String quoted(String s) {
    return "'" + s.replace("\n", "\\n") + "'";
  }
}
