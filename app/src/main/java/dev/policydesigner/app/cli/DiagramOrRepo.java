package dev.policydesigner.app.cli;

import dev.policydesigner.model.Diagram;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * A DIAGRAM or {@code --repo DIR}, exactly one of them, for the commands that work on either (a
 * picocli mixin).
 */
final class DiagramOrRepo {
  @Parameters(arity = "0..1", paramLabel = "DIAGRAM", description = DiagramParameter.DESCRIPTION)
  String diagram;

  @Option(
      names = "--repo",
      paramLabel = "DIR",
      description =
          "A makejinja checkout (the directory holding templates/), or a folder inside it, to work"
              + " on instead of a diagram.")
  Path repo;

  /** Whether a diagram was given (else {@code --repo}); refuses both and neither. */
  boolean isDiagram() {
    if ((diagram == null) == (repo == null)) {
      throw new UserInputException("give either a DIAGRAM or --repo DIR (not both)");
    }
    return diagram != null;
  }

  /** The diagram; only when {@link #isDiagram()}. */
  Diagram loadDiagram() {
    return DiagramParameter.load(diagram);
  }
}
