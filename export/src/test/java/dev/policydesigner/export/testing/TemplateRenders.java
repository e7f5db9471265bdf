package dev.policydesigner.export.testing;

import dev.policydesigner.export.testing.MakejinjaOracle.Render;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Renders template text through the oracle and checks every CiliumNetworkPolicy of the render
 * against the schema.
 */
public final class TemplateRenders {
  private final Path dir;
  private final MakejinjaOracle oracle = new MakejinjaOracle();
  private int count;

  /** Renders in {@code dir} (a test's temporary directory). */
  public TemplateRenders(Path dir) {
    this.dir = dir;
  }

  /** Writes the text to a file in the directory and returns its path. */
  public Path save(String text) {
    try {
      Path file = dir.resolve("template-" + (++count) + ".yaml.j2");
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Renders the text with the values; every CiliumNetworkPolicy must validate. */
  public Render render(String text, Map<String, ?> values) {
    Render render = oracle.render(save(text), values);
    CiliumSchema.load().assertAllValid(render.documents(), "render with " + values);
    return render;
  }
}
