package dev.policydesigner.app.cli;

import dev.policydesigner.app.snapshot.SnapshotRenderer;
import dev.policydesigner.export.diagram.image.DiagramSvgWriter;
import dev.policydesigner.export.diagram.image.SvgStyle;
import dev.policydesigner.model.Diagram;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code snapshot DIAGRAM --out FILE.png|FILE.svg [--window] [--select ID,…]}. */
@Command(
    name = "snapshot",
    mixinStandardHelpOptions = true,
    description = {
      "Render the diagram to an image without a display, for documentation.",
      "FILE.png: the canvas (or with --window the whole main window) as the app shows it;",
      "FILE.svg: a vector drawing, legible when printed."
    })
final class SnapshotCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "DIAGRAM", description = "a *.flows.yaml file or example:hubble|rustfs")
  String diagram;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "*.png or *.svg")
  Path out;

  @Option(names = "--window", description = "PNG of the whole main window on the diagram")
  boolean window;

  @Option(
      names = "--select",
      split = ",",
      paramLabel = "ID",
      description = "only these nodes and the flows between them (SVG)")
  List<String> select = List.of();

  @Override
  public Integer call() {
    Diagram d = DiagramArgument.load(diagram);
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
        Files.writeString(out, new DiagramSvgWriter().write(d, ids, SvgStyle.DEFAULT));
      } else if (name.endsWith(".png")) {
        if (!select.isEmpty()) {
          throw new UserInputException("--select is for SVG output; use --out FILE.svg");
        }
        SnapshotRenderer.render(d, out, window);
      } else {
        throw new UserInputException(out + ": give a file name ending in .png or .svg");
      }
    } catch (IOException e) {
      throw new UserInputException(out + ": cannot be written: " + e.getMessage());
    }
    spec.commandLine().getErr().println("wrote " + out);
    return ExitCodes.OK;
  }
}
