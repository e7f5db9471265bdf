package dev.policydesigner.export.diagram.image;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.example.Examples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Writes the built-in examples to {@code target/diagram-images/} for people to look at; {@code
 * docs/hubble.svg} and {@code docs/rustfs.svg} are copies of them.
 */
class DiagramSvgSamplesTest {
  @Test
  void writesTheExamplesAsSvgFilesForTheDocs() throws Exception {
    Path dir = Path.of("target", "diagram-images");
    Files.createDirectories(dir);
    for (String name : Examples.NAMES) {
      Diagram d = Examples.byName(name).orElseThrow();
      String svg = new DiagramSvgWriter().write(d, Set.of(), SvgStyle.DEFAULT);
      Path file = dir.resolve(name + ".svg");
      Files.writeString(file, svg, StandardCharsets.UTF_8);
      assertTrue(Files.size(file) > 0);
    }
    String svg = new DiagramSvgWriter().write(EdgeCases.diagram(), Set.of(), SvgStyle.DEFAULT);
    Files.writeString(dir.resolve("edge-cases.svg"), svg, StandardCharsets.UTF_8);
    String selection =
        new DiagramSvgWriter()
            .write(Examples.hubble(), Set.of("hubble-ui", "kube-dns"), SvgStyle.DEFAULT);
    Files.writeString(dir.resolve("hubble-selection.svg"), selection, StandardCharsets.UTF_8);
  }
}
