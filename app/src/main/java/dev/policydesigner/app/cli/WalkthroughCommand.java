package dev.policydesigner.app.cli;

import dev.policydesigner.export.walkthrough.WalkthroughExportException;
import dev.policydesigner.export.walkthrough.WalkthroughMarkdownWriter;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.walkthrough.Walkthrough;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code walkthrough DIAGRAM --out DIR [--order diagram|subject]}: a Markdown walkthrough. */
@Command(
    name = "walkthrough",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a guided walkthrough of the flows as Markdown for a docs folder: walkthrough.md, an"
          + " overview image and one image per flow with that flow highlighted."
    })
final class WalkthroughCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin DiagramParameter diagram;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "The folder to write into (created when missing).")
  Path out;

  @Option(
      names = "--order",
      paramLabel = "ORDER",
      defaultValue = "diagram",
      description =
          "Diagram (the flows in diagram order, the default) or subject (flow by flow for each"
              + " policy subject).")
  String order;

  @Override
  public Integer call() {
    Walkthrough.Order stepOrder = parseOrder(order);
    Diagram d = diagram.load();
    List<Path> written;
    try {
      written = new WalkthroughMarkdownWriter().write(d, stepOrder, out);
    } catch (WalkthroughExportException e) {
      throw new UserInputException(e.getMessage());
    }
    spec.commandLine()
        .getErr()
        .println(
            "wrote "
                + out.resolve(WalkthroughMarkdownWriter.DOCUMENT)
                + " and "
                + (written.size() - 1)
                + " images");
    return ExitCodes.OK;
  }

  private static Walkthrough.Order parseOrder(String text) {
    if (text.equals("diagram")) {
      return Walkthrough.Order.DIAGRAM;
    } else if (text.equals("subject")) {
      return Walkthrough.Order.PER_SUBJECT;
    }
    throw new UserInputException("--order must be diagram or subject, not '" + text + "'");
  }
}
