package dev.policydesigner.app.cli;

import dev.policydesigner.export.diagram.file.DiagramFileException;
import dev.policydesigner.export.diagram.file.DiagramFileWriter;
import dev.policydesigner.export.diagram.file.DiagramFiles;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.example.Examples;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code example hubble|rustfs [--out FILE]}: a built-in example's diagram file. */
@Command(
    name = "example",
    mixinStandardHelpOptions = true,
    description = "Prints (or writes with --out) the diagram file of a built-in example.")
final class ExampleCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "NAME", description = "The example: hubble or rustfs.")
  String name;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Writes to FILE instead of standard output (- also means standard output).")
  Path out;

  @Override
  public Integer call() throws DiagramFileException {
    Diagram diagram =
        Examples.byName(name)
            .orElseThrow(
                () ->
                    new UserInputException(
                        "unknown example '" + name + "': choose one of " + Examples.NAMES));
    if (out == null || out.toString().equals("-")) {
      spec.commandLine().getOut().print(DiagramFileWriter.write(diagram));
    } else {
      DiagramFiles.save(out, diagram);
      spec.commandLine().getErr().println("wrote " + out);
    }
    return ExitCodes.OK;
  }
}
