package dev.policydesigner.app.image;

import dev.policydesigner.app.canvas.CanvasImage;
import dev.policydesigner.app.snapshot.png.PngWriter;
import dev.policydesigner.export.diagram.image.DiagramSvgWriter;
import dev.policydesigner.export.diagram.image.SvgStyle;
import dev.policydesigner.model.Diagram;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Writes a picture of a diagram, or of the selected nodes (and the ends of selected flows) with the
 * flows between them: PNG from the canvas, SVG through the vector writer, chosen by file extension.
 */
public final class ImageExport {
  private ImageExport() {}

  /** Whether {@code file} ends in {@code .png} or {@code .svg}. */
  public static boolean supports(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".png") || name.endsWith(".svg");
  }

  /**
   * Writes the picture; an empty selection means the whole diagram. PNG must be written on the
   * JavaFX thread.
   *
   * @throws IllegalArgumentException when the file ends in neither {@code .png} nor {@code .svg}
   */
  public static void write(Diagram diagram, Collection<String> selection, Path file)
      throws IOException {
    if (!supports(file)) {
      throw new IllegalArgumentException(
          file.getFileName() + ": give a file name ending in .png or .svg");
    }
    Set<String> nodes = nodesOf(diagram, selection);
    if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg")) {
      String svg = new DiagramSvgWriter().write(diagram, nodes, SvgStyle.DEFAULT);
      Files.writeString(file, svg, StandardCharsets.UTF_8);
    } else {
      Diagram shown = nodes.isEmpty() ? diagram : subset(diagram, nodes);
      PngWriter.write(CanvasImage.of(shown), file);
    }
  }

  /** The selected nodes and the ends of the selected flows. */
  static Set<String> nodesOf(Diagram diagram, Collection<String> selection) {
    Set<String> nodes = new LinkedHashSet<>();
    for (String id : selection) {
      diagram.node(id).ifPresent(n -> nodes.add(n.id()));
      diagram
          .flow(id)
          .ifPresent(
              f -> {
                nodes.add(f.from());
                nodes.add(f.to());
              });
    }
    return nodes;
  }

  /** Only these nodes and the flows between them. */
  static Diagram subset(Diagram diagram, Set<String> nodes) {
    return diagram
        .withNodes(diagram.nodes().stream().filter(n -> nodes.contains(n.id())).toList())
        .withFlows(
            diagram.flows().stream()
                .filter(f -> nodes.contains(f.from()) && nodes.contains(f.to()))
                .toList());
  }
}
