package dev.policydesigner.app.cli;

import dev.policydesigner.export.diagram.file.DiagramFileException;
import dev.policydesigner.export.diagram.file.DiagramFiles;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.example.Examples;
import java.nio.file.Files;
import java.nio.file.Path;

/** Loads the DIAGRAM argument: a {@code *.flows.yaml} file, or {@code example:hubble|rustfs}. */
final class DiagramArgument {
  private static final String EXAMPLE = "example:";

  private DiagramArgument() {}

  static Diagram load(String argument) {
    if (argument.startsWith(EXAMPLE)) {
      String name = argument.substring(EXAMPLE.length());
      return Examples.byName(name)
          .orElseThrow(
              () ->
                  new UserInputException(
                      "unknown example '" + name + "': choose one of " + Examples.NAMES));
    }
    Path file = Path.of(argument);
    if (!Files.isRegularFile(file)) {
      throw new UserInputException(
          argument
              + ": no such diagram file (give a *.flows.yaml file, or example:hubble /"
              + " example:rustfs)");
    }
    try {
      return DiagramFiles.load(file);
    } catch (DiagramFileException e) {
      throw new UserInputException(e.getMessage());
    }
  }
}
