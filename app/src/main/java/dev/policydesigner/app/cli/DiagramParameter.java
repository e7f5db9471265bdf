package dev.policydesigner.app.cli;

import dev.policydesigner.export.diagram.file.DiagramFileException;
import dev.policydesigner.export.diagram.file.DiagramFiles;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.example.Examples;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/** The DIAGRAM parameter of the commands that read one diagram (a picocli mixin). */
final class DiagramParameter {
  static final String DESCRIPTION =
      "The diagram: a *.flows.yaml file, or a built-in example as example:hubble or"
          + " example:rustfs.";
  private static final String EXAMPLE = "example:";

  @Parameters(paramLabel = "DIAGRAM", description = DESCRIPTION)
  String argument;

  /** The diagram the argument names. */
  Diagram load() {
    return load(argument);
  }

  /** Loads a {@code *.flows.yaml} file, or {@code example:hubble|rustfs}. */
  static Diagram load(String argument) {
    if (argument.startsWith(EXAMPLE)) {
      String name = argument.substring(EXAMPLE.length());
      return Examples.byName(name)
          .orElseThrow(
              () ->
                  new UserInputException(
                      "unknown example '" + name + "': choose one of " + Examples.NAMES));
    }
    Path file = PathArgument.of("DIAGRAM", argument);
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
