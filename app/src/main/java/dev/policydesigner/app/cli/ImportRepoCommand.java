package dev.policydesigner.app.cli;

import dev.policydesigner.app.canvas.ReadableStart;
import dev.policydesigner.export.diagram.file.DiagramFileException;
import dev.policydesigner.export.diagram.file.DiagramFileWriter;
import dev.policydesigner.export.diagram.file.DiagramFiles;
import dev.policydesigner.export.repo.CheckoutRoot;
import dev.policydesigner.export.template.read.ImportCommand;
import dev.policydesigner.export.template.read.ImportResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code import --repo DIR [--out FILE] [--under SUBDIR]}: the repo's policy templates as a graph.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Reads the policy templates under the checkout's templates/ into one diagram file.",
      "Prints problems as file:line: message on standard error.",
      "Files that cannot be read are left out and the exit code is 1; the rest is still"
          + " imported."
    })
final class ImportRepoCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--repo",
      required = true,
      paramLabel = "DIR",
      description =
          "The makejinja checkout (the directory holding templates/), or a folder inside it: the"
              + " checkout above it is used.")
  Path repo;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Writes to FILE instead of standard output (- also means standard output).")
  Path out;

  @Option(
      names = "--under",
      paramLabel = "SUBDIR",
      description =
          "Imports only the templates under templates/SUBDIR (e.g."
              + " config/kubernetes/apps/storage).")
  String under;

  /** For the benchmark: print only the import's milliseconds (JVM start-up not counted). */
  @Option(names = "--print-import-millis", hidden = true)
  boolean printMillis;

  @Override
  public Integer call() {
    if (!Files.isDirectory(repo)) {
      throw new UserInputException(repo + ": no such directory; pass the repo checkout");
    }
    CheckoutRoot root = CheckoutRoot.find(repo);
    PrintWriter err = spec.commandLine().getErr();
    if (root.isAbove()) {
      err.println(root.note());
    }
    ImportResult result;
    long start = System.nanoTime();
    try {
      result = new ImportCommand().run(root.root(), under, null);
    } catch (IOException e) {
      throw new UserInputException(e.getMessage());
    }
    double millis = (System.nanoTime() - start) / 1e6;
    if (printMillis) {
      spec.commandLine().getOut().println(millis);
    }
    ImportCommand.problemLines(result).forEach(err::println);
    err.println(ImportCommand.summary(result));
    boolean toStdout = out != null && out.toString().equals("-");
    if ((out == null && !printMillis) || toStdout) {
      spec.commandLine()
          .getOut()
          .print(DiagramFileWriter.write(ReadableStart.of(result.diagram())));
    } else if (out != null) {
      try {
        DiagramFiles.save(out, ReadableStart.of(result.diagram()));
      } catch (DiagramFileException e) {
        throw new UserInputException(e.getMessage());
      }
      err.println("wrote " + out);
    }
    return ImportCommand.exitCode(result);
  }
}
