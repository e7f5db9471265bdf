package dev.policydesigner.export.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.policydesigner.export.preview.ReferenceRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders templates with the real Jinja2 through {@code tools/makejinja-render.py --json}, one
 * render per process.
 */
public final class MakejinjaOracle {
  static final ObjectMapper JSON = new ObjectMapper();
  private static String python;

  /**
   * One render.
   *
   * @param empty whether the render is only whitespace (makejinja would not write the file)
   * @param documents the parsed YAML documents, null documents dropped
   */
  public record Render(boolean empty, List<Object> documents) {
    /** The documents of the given kind. */
    public List<Map<String, Object>> documentsOfKind(String kind) {
      List<Map<String, Object>> result = new ArrayList<>();
      for (Object d : documents) {
        if (d instanceof Map<?, ?> m && kind.equals(m.get("kind"))) {
          @SuppressWarnings("unchecked")
          Map<String, Object> doc = (Map<String, Object>) m;
          result.add(doc);
        }
      }
      return result;
    }
  }

  /** The renderer script ({@code makejinja-render.py}, shipped with the export module). */
  public static Path renderer() {
    return ReferenceRenderer.script();
  }

  /**
   * The Python interpreter with Jinja2 and PyYAML. Fails with how to install one when there is
   * none: the template tests need the real Jinja2 and are not skipped without it.
   */
  public static synchronized String python() {
    if (python == null) {
      python =
          ReferenceRenderer.python()
              .orElseThrow(
                  () -> new AssertionError("No oracle: " + ReferenceRenderer.INSTALL_HINT));
    }
    return python;
  }

  /** Renders {@code template} with the values given as {@code -s key=value} pairs. */
  public Render render(Path template, Map<String, ?> values) {
    List<String> command = new ArrayList<>(List.of(python(), renderer().toString()));
    command.add(template.toString());
    command.add("--json");
    values.forEach(
        (k, v) -> {
          command.add("-s");
          command.add(k + "=" + v);
        });
    return parse(run(command));
  }

  /** The oracle's {@code {"empty": …, "documents": […]}} for a template text and values. */
  public static JsonNode renderJson(Path dir, String templateText, Map<String, ?> values)
      throws IOException {
    Path file = Files.createTempFile(dir, "template", ".yaml.j2");
    Files.writeString(file, templateText, StandardCharsets.UTF_8);
    try {
      return renderFileJson(file, values);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** The oracle's JSON for a template file and values. */
  public static JsonNode renderFileJson(Path file, Map<String, ?> values) throws IOException {
    List<String> command = new ArrayList<>(List.of(python(), renderer().toString()));
    command.add(file.toString());
    command.add("--json");
    values.forEach((k, v) -> command.addAll(List.of("-s", k + "=" + v)));
    return JSON.readTree(run(command));
  }

  /** The plain rendered text of a template text and values. */
  public static String renderText(Path dir, String templateText, Map<String, ?> values)
      throws IOException {
    Path file = Files.createTempFile(dir, "template", ".yaml.j2");
    Files.writeString(file, templateText, StandardCharsets.UTF_8);
    try {
      List<String> overrides = new ArrayList<>();
      values.forEach((k, v) -> overrides.add(k + "=" + v));
      return renderFileText(file, List.of(), overrides);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /**
   * The plain rendered text of a template file, with values files ({@code -v}) and {@code
   * key=value} overrides ({@code -s}).
   */
  public static String renderFileText(
      Path template, List<String> valuesFiles, List<String> overrides) {
    List<String> command = new ArrayList<>(List.of(python(), renderer().toString()));
    command.add(template.toString());
    valuesFiles.forEach(v -> command.addAll(List.of("-v", v)));
    overrides.forEach(s -> command.addAll(List.of("-s", s)));
    return run(command);
  }

  /** Every true/false assignment of the flags. */
  public static List<Map<String, Boolean>> combinations(List<String> flags) {
    List<Map<String, Boolean>> all = new ArrayList<>();
    for (int bits = 0; bits < 1 << flags.size(); bits++) {
      Map<String, Boolean> values = new java.util.LinkedHashMap<>();
      for (int i = 0; i < flags.size(); i++) {
        values.put(flags.get(i), (bits & 1 << i) != 0);
      }
      all.add(values);
    }
    return all;
  }

  /** Parses the {@code {"empty": …, "documents": […]}} object the renderer prints. */
  public static Render parse(String json) {
    try {
      return fromMap(JSON.readValue(json, Map.class));
    } catch (IOException e) {
      throw new UncheckedIOException("renderer printed no JSON: " + json, e);
    }
  }

  @SuppressWarnings("unchecked")
  static Render fromMap(Map<?, ?> map) {
    return new Render(Boolean.TRUE.equals(map.get("empty")), (List<Object>) map.get("documents"));
  }

  /** Runs a command and returns its standard output; fails with its error output. */
  static String run(List<String> command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
      process.getOutputStream().close();
      var err = new java.io.ByteArrayOutputStream();
      Thread errReader =
          new Thread(
              () -> {
                try {
                  process.getErrorStream().transferTo(err);
                } catch (IOException ignored) {
                  // the exit code reports the failure
                }
              });
      errReader.start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int code = process.waitFor();
      errReader.join();
      if (code != 0) {
        throw new AssertionError(
            "render failed ("
                + code
                + "): "
                + command
                + "\n"
                + err.toString(StandardCharsets.UTF_8));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
