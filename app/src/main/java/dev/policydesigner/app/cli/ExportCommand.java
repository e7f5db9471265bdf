package dev.policydesigner.app.cli;

import dev.policydesigner.export.plan.ExportPlan;
import dev.policydesigner.export.plan.ExportRefusedException;
import dev.policydesigner.export.plan.Exporter;
import dev.policydesigner.export.plan.FileChange;
import dev.policydesigner.export.plan.PlanText;
import dev.policydesigner.export.repo.CheckoutRoot;
import dev.policydesigner.export.repo.RepoCheckout;
import dev.policydesigner.export.repo.RepoException;
import dev.policydesigner.export.template.TemplateWriter;
import dev.policydesigner.model.Diagram;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code export DIAGRAM --repo DIR [--dry-run] [--overwrite] [--regenerate]}. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the diagram's policy templates and kustomization entries into a makejinja"
          + " checkout.",
      "Prints the plan: each file created, updated or unchanged and the entries added.",
      "Exits with 3, writing nothing, when it would replace a file changed by hand."
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

  @Override
  public Integer call() {
    Diagram d = diagram.load();
    PrintWriter out = spec.commandLine().getOut();
    try {
      RepoCheckout checkout = RepoCheckout.open(repo);
      CheckoutRoot root = CheckoutRoot.find(repo);
      if (root.isAbove()) {
        spec.commandLine().getErr().println(root.note());
      }
      Exporter exporter = new Exporter();
      TemplateWriter writer = new TemplateWriter();
      ExportPlan plan = exporter.plan(d, checkout, writer::write, regenerate);
      out.print(PlanText.render(plan));
      if (dryRun) {
        for (FileChange change : plan.files()) {
          if (!change.diff().isEmpty()) {
            out.print(change.diff());
          }
        }
        return ExitCodes.OK;
      }
      exporter.apply(plan, overwrite);
      return ExitCodes.OK;
    } catch (ExportRefusedException e) {
      throw new UserInputException(e.getMessage(), ExitCodes.REFUSED);
    } catch (RepoException e) {
      throw new UserInputException(e.getMessage());
    }
  }
}
