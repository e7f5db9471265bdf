package dev.policydesigner.export.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

  /** The renderer script in the shared tools. */
  public static Path renderer() {
    return SharedDir.resolve("tools/makejinja-render.py");
  }

  /** Renders {@code template} with the values given as {@code -s key=value} pairs. */
  public Render render(Path template, Map<String, ?> values) {
    List<String> command = new ArrayList<>(List.of(SharedDir.python(), renderer().toString()));
    command.add(template.toString());
    command.add("--json");
    values.forEach(
        (k, v) -> {
          command.add("-s");
          command.add(k + "=" + v);
        });
    return parse(run(command));
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
