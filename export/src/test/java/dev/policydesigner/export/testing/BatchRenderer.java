package dev.policydesigner.export.testing;

import dev.policydesigner.export.testing.MakejinjaOracle.Render;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders many template texts under a few value sets in one Python process (the Jinja2 environment
 * of {@code makejinja-render.py}, imported from it): thousands of renders cost one interpreter
 * start.
 */
public final class BatchRenderer {
  /**
   * The outcome of one template under one value set: a render (parsed, or only the text with {@link
   * #renderAllText}), or the error Jinja2 or YAML reported.
   */
  public record Outcome(Render render, String text, String error) {}

  private final Path workDir;
  private final Path repo;

  /** A renderer that writes its manifests to {@code workDir}. */
  public BatchRenderer(Path workDir) {
    this(workDir, null);
  }

  /**
   * A renderer with the plugins (makejinja loaders) of {@code repo}'s {@code makejinja.toml},
   * rendering with the repo as working directory as makejinja does.
   */
  public BatchRenderer(Path workDir, Path repo) {
    this.workDir = workDir;
    this.repo = repo;
  }

  /** Per template (in order), its outcome under each value set (in order). */
  public List<List<Outcome>> renderAll(List<String> templates, List<Map<String, Object>> values) {
    return run(writeManifest(templates, values, false), templates.size());
  }

  /** Per template (in order), its rendered text (not parsed) under each value set (in order). */
  public List<List<Outcome>> renderAllText(
      List<String> templates, List<Map<String, Object>> values) {
    return run(writeManifest(templates, values, true), templates.size());
  }

  private List<List<Outcome>> run(Path manifest, int count) {
    List<String> command =
        List.of(
            MakejinjaOracle.python(),
            driver().toString(),
            MakejinjaOracle.renderer().toString(),
            manifest.toString());
    List<List<Outcome>> result = new ArrayList<>();
    for (String line : MakejinjaOracle.run(command).split("\n")) {
      if (!line.isBlank()) {
        result.add(parse(line));
      }
    }
    if (result.size() != count) {
      throw new AssertionError(
          "batch renderer answered for " + result.size() + " of " + count + " texts");
    }
    return result;
  }

  private Path writeManifest(
      List<String> templates, List<Map<String, Object>> values, boolean raw) {
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("values", values);
    manifest.put("templates", templates);
    manifest.put("raw", raw);
    if (repo != null) {
      manifest.put("repo", repo.toAbsolutePath().toString());
    }
    try {
      Path file = Files.createTempFile(workDir, "batch-", ".json");
      MakejinjaOracle.JSON.writeValue(file.toFile(), manifest);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Outcome> parse(String line) {
    try {
      Map<String, Object> map = MakejinjaOracle.JSON.readValue(line, Map.class);
      List<Outcome> outcomes = new ArrayList<>();
      for (Object r : (List<Object>) map.get("renders")) {
        Map<?, ?> render = (Map<?, ?>) r;
        if (render.containsKey("error")) {
          outcomes.add(new Outcome(null, null, String.valueOf(render.get("error"))));
        } else if (render.containsKey("text")) {
          outcomes.add(new Outcome(null, String.valueOf(render.get("text")), null));
        } else {
          outcomes.add(new Outcome(MakejinjaOracle.fromMap(render), null, null));
        }
      }
      return outcomes;
    } catch (IOException e) {
      throw new UncheckedIOException("batch renderer printed no JSON: " + line, e);
    }
  }

  private static Path driver() {
    try {
      return Path.of(BatchRenderer.class.getResource("render_batch.py").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
