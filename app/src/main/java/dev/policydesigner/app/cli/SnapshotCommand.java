package dev.policydesigner.app.cli;

import dev.policydesigner.app.snapshot.SnapshotRenderer;
import dev.policydesigner.export.diagram.image.DiagramSvgWriter;
import dev.policydesigner.export.diagram.image.SvgStyle;
import dev.policydesigner.export.repo.OutputFile;
import dev.policydesigner.model.Diagram;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code snapshot DIAGRAM --out FILE.png|FILE.svg [--window] [--select ID,…]}. */
@Command(
    name = "snapshot",
    mixinStandardHelpOptions = true,
    description = {
      "Draws the diagram as an image without a display, for documentation.",
      "FILE.png is the canvas (or with --window the whole main window) as the app shows it.",
      "FILE.svg is a vector drawing, legible when printed."
    })
final class SnapshotCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin DiagramParameter diagram;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "The image to write: a *.png or *.svg file.")
  Path out;

  @Option(
      names = "--window",
      description = "Shows the whole main window on the diagram (PNG only).")
  boolean window;

  @Option(
      names = "--size",
      paramLabel = "WIDTHxHEIGHT",
      description =
          "With --window: the window's size in pixels, 800x600 to 7680x4320 (default 1366x768).")
  String size;

  @Option(
      names = "--select",
      split = ",",
      paramLabel = "ID",
      description = "Draws only these nodes and the flows between them (SVG only).")
  List<String> select = List.of();

  @Override
  public Integer call() {
    Diagram d = diagram.load();
    String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
    for (String id : select) {
      if (d.node(id).isEmpty()) {
        throw new UserInputException("--select: no node '" + id + "' in " + diagram);
      }
    }
    try {
      if (name.endsWith(".svg")) {
        if (window) {
          throw new UserInputException("--window makes a PNG; use --out FILE.png");
        }
        Set<String> ids = new LinkedHashSet<>(select);
        String svg = new DiagramSvgWriter().write(d, ids, SvgStyle.DEFAULT);
        OutputFile.write(out, svg.getBytes(StandardCharsets.UTF_8));
      } else if (name.endsWith(".png")) {
        if (!select.isEmpty()) {
          throw new UserInputException("--select is for SVG output; use --out FILE.svg");
        }
        SnapshotRenderer.render(d, out, window, windowSize());
      } else {
        throw new UserInputException(out + ": give a file name ending in .png or .svg");
      }
    } catch (IOException e) {
      throw new UserInputException(out + ": cannot be written: " + e.getMessage());
    }
    spec.commandLine().getErr().println("wrote " + out);
    return ExitCodes.OK;
  }

  /** The window size --size asks for, checked; the default without it. */
  private int[] windowSize() {
    if (size == null) {
      return SnapshotRenderer.WINDOW_SIZE;
    }
    if (!window) {
      throw new UserInputException("--size is the window's size; add --window");
    }
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(\\d{3,4})x(\\d{3,4})").matcher(size.strip());
    if (!m.matches()) {
      throw new UserInputException(
          "--size " + size + ": give the width and height in pixels, like 1920x1080");
    }
    int w = Integer.parseInt(m.group(1));
    int h = Integer.parseInt(m.group(2));
    if (w < 800 || h < 600 || w > 7680 || h > 4320) {
      throw new UserInputException(
          "--size " + size + ": the window must be 800x600 to 7680x4320 pixels");
    }
    return new int[] {w, h};
  }
}
