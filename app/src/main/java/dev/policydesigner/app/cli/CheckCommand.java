package dev.policydesigner.app.cli;

import dev.policydesigner.export.check.ProblemLocator;
import dev.policydesigner.export.engine.CheckoutPolicies;
import dev.policydesigner.export.engine.RenderedChecks;
import dev.policydesigner.export.repo.RepoCheckout;
import dev.policydesigner.export.repo.RepoException;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.check.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code check (DIAGRAM | --repo DIR) [--format text|json]}. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Prints every problem of a diagram (validation and lints) or of a repo checkout, each with"
          + " its quick fix when there is one.",
      "Exits with 1 when there are errors, 0 otherwise."
    })
final class CheckCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin DiagramOrRepo source;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Text (the default) or json.")
  String format;

  @Option(names = "--print-check-millis", hidden = true)
  boolean printMillis;

  @Override
  public Integer call() {
    if (!format.equals("text") && !format.equals("json")) {
      throw new UserInputException("unknown --format '" + format + "': choose text or json");
    }
    long start = System.nanoTime();
    List<Problem> problems = problems();
    if (printMillis) {
      spec.commandLine().getOut().println((System.nanoTime() - start) / 1e6);
      return ExitCodes.OK;
    }
    String output =
        format.equals("json") ? ProblemJson.render(problems) : ProblemText.render(problems);
    spec.commandLine().getOut().print(output);
    boolean errors = problems.stream().anyMatch(Problem::isError);
    return errors ? ExitCodes.PROBLEMS : ExitCodes.OK;
  }

  private List<Problem> problems() {
    if (source.isDiagram()) {
      Diagram diagram = source.loadDiagram();
      return ProblemLocator.of(diagram)
          .locate(RenderedChecks.all(diagram, CheckoutPolicies.none()));
    }
    Path repo = source.repo;
    try {
      return RepoChecks.standard().run(RepoCheckout.open(repo));
    } catch (RepoException e) {
      throw new UserInputException(e.getMessage());
    } catch (IOException e) {
      throw new UserInputException(repo + ": cannot read the templates (" + e.getMessage() + ")");
    }
  }
}
