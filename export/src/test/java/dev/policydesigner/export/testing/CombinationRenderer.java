package dev.policydesigner.export.testing;

import dev.policydesigner.export.testing.MakejinjaOracle.Render;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders templates under every combination of boolean flags × {@code audit}/{@code enforce} in one
 * Python process (the same Jinja2 environment as {@code makejinja-render.py}, imported from it).
 */
public final class CombinationRenderer {
  /**
   * The renders of one combination of values.
   *
   * @param values the values rendered with
   * @param renders one render per template, in the order the templates were given
   */
  public record Combination(Map<String, Object> values, List<Render> renders) {}

  /** Renders every template under all {@code 2^flags × 2} combinations. */
  public List<Combination> renderAll(List<Path> templates, List<String> flags, String modeFlag) {
    List<String> command = new ArrayList<>(List.of(MakejinjaOracle.python(), driver().toString()));
    command.add(MakejinjaOracle.renderer().toString());
    command.add(modeFlag);
    command.add(String.join(",", flags));
    templates.forEach(t -> command.add(t.toString()));
    List<Combination> result = new ArrayList<>();
    for (String line : MakejinjaOracle.run(command).split("\n")) {
      if (!line.isBlank()) {
        result.add(parse(line));
      }
    }
    return result;
  }

  @SuppressWarnings("unchecked")
  private static Combination parse(String line) {
    try {
      Map<String, Object> map = MakejinjaOracle.JSON.readValue(line, Map.class);
      List<Render> renders = new ArrayList<>();
      for (Object r : (List<Object>) map.get("renders")) {
        renders.add(MakejinjaOracle.fromMap((Map<?, ?>) r));
      }
      return new Combination(new LinkedHashMap<>((Map<String, Object>) map.get("values")), renders);
    } catch (IOException e) {
      throw new UncheckedIOException("combination driver printed no JSON: " + line, e);
    }
  }

  private static Path driver() {
    try {
      return Path.of(CombinationRenderer.class.getResource("render_combinations.py").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
