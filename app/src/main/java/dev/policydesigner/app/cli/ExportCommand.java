package dev.policydesigner.app.cli;

import dev.policydesigner.export.plan.ExportBlockedException;
import dev.policydesigner.export.plan.ExportPlan;
import dev.policydesigner.export.plan.ExportRefusedException;
import dev.policydesigner.export.plan.Exporter;
import dev.policydesigner.export.plan.FileChange;
import dev.policydesigner.export.plan.PlanText;
import dev.policydesigner.export.repo.CheckoutLock;
import dev.policydesigner.export.repo.CheckoutRoot;
import dev.policydesigner.export.repo.RepoCheckout;
import dev.policydesigner.export.repo.RepoException;
import dev.policydesigner.export.template.TemplateWriter;
import dev.policydesigner.model.Diagram;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code export DIAGRAM --repo DIR [--dry-run] [--overwrite] [--regenerate] [--wait S]}. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the diagram's policy templates and kustomization entries into a makejinja"
          + " checkout.",
      "Prints each file created, updated or unchanged and the entries added.",
      "Exits with 1, writing nothing, when check finds errors in the diagram; with 3 when it"
          + " would replace a file changed by hand (also with --dry-run); with 2 when another"
          + " export holds the checkout."
    })
final class ExportCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin DiagramParameter diagram;

  @Option(
      names = "--repo",
      required = true,
      paramLabel = "DIR",
      description =
          "The makejinja checkout (the directory holding templates/), or a folder inside it: the"
              + " checkout above it is used.")
  Path repo;

  @Option(
      names = "--dry-run",
      description = "Writes nothing and prints the changes as unified diffs.")
  boolean dryRun;

  @Option(
      names = "--overwrite",
      description = "Replaces files changed by hand (read the diff of --dry-run first).")
  boolean overwrite;

  @Option(
      names = "--regenerate",
      description =
          "Rewrites every file from the graph, also imported files whose policies did not"
              + " change.")
  boolean regenerate;

  @Option(
      names = "--wait",
      paramLabel = "SECONDS",
      defaultValue = "0",
      description =
          "Waits up to SECONDS for another export of the checkout to finish (default 0: exit"
              + " at once).")
  long waitSeconds;

  @Override
  public Integer call() {
    Diagram d = diagram.load();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      RepoCheckout checkout = RepoCheckout.open(repo);
      CheckoutRoot root = CheckoutRoot.find(repo);
      if (root.isAbove()) {
        err.println(root.note());
      }
      checkout.recovered().ifPresent(note -> err.println("note: " + checkout.root() + ": " + note));
      try (CheckoutLock lock =
          CheckoutLock.acquire(checkout.root(), "export", Duration.ofSeconds(waitSeconds))) {
        return export(d, checkout, out);
      }
    } catch (ExportBlockedException e) {
      out.print(ProblemText.render(e.errors()));
      out.flush();
      throw new UserInputException(
          "the diagram has errors; fix them and export again (nothing was written)",
          ExitCodes.PROBLEMS);
    } catch (ExportRefusedException e) {
      throw new UserInputException(e.getMessage(), ExitCodes.REFUSED);
    } catch (RepoException e) {
      throw new UserInputException(e.getMessage());
    }
  }

  private int export(Diagram d, RepoCheckout checkout, PrintWriter out)
      throws RepoException, ExportRefusedException {
    Exporter exporter = new Exporter();
    TemplateWriter writer = new TemplateWriter();
    ExportPlan plan = exporter.plan(d, checkout, writer::write, regenerate);
    if (dryRun) {
      out.print(PlanText.render(plan));
      for (FileChange change : plan.files()) {
        if (!change.diff().isEmpty()) {
          out.print(change.diff());
        }
      }
      if (!plan.conflicts().isEmpty() && !overwrite) {
        out.flush();
        throw new ExportRefusedException(plan.conflicts().stream().map(FileChange::path).toList());
      }
      return ExitCodes.OK;
    }
    exporter.apply(plan, overwrite);
    out.print(PlanText.render(plan));
    return ExitCodes.OK;
  }
}
