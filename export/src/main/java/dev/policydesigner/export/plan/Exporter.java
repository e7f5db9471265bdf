package dev.policydesigner.export.plan;

import dev.policydesigner.export.check.CheckoutPolicyIdentities;
import dev.policydesigner.export.check.ProblemLocator;
import dev.policydesigner.export.check.VerbatimProvenance;
import dev.policydesigner.export.repo.AtomicFileSet;
import dev.policydesigner.export.repo.RepoCheckout;
import dev.policydesigner.export.repo.RepoException;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.check.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Exports a diagram into a checkout: {@link #plan} shows what would change, {@link #apply} writes
 * it all-or-none, refusing to replace files changed by hand unless asked to overwrite.
 */
public final class Exporter {
  private final ExportPlanner planner = new ExportPlanner();

  /**
   * The plan for exporting {@code diagram}; see {@link ExportPlanner#plan}.
   *
   * @throws ExportBlockedException when the diagram has errors ({@link #errors})
   */
  public ExportPlan plan(Diagram diagram, RepoCheckout repo, TemplateSource source)
      throws RepoException {
    return plan(diagram, repo, source, false);
  }

  /** The plan, rewriting unchanged imported files too when {@code regenerate} is set. */
  public ExportPlan plan(
      Diagram diagram, RepoCheckout repo, TemplateSource source, boolean regenerate)
      throws RepoException {
    List<Problem> errors = errors(diagram, repo);
    if (!errors.isEmpty()) {
      throw new ExportBlockedException(errors);
    }
    return planner.plan(diagram, repo, source, regenerate);
  }

  /**
   * What stops an export: the errors {@code check} reports for the diagram, parts kept as written
   * that the checkout's file does not hold, and policies of the checkout's other templates with the
   * identity of one the diagram writes.
   */
  public static List<Problem> errors(Diagram diagram, RepoCheckout repo) throws RepoException {
    List<Problem> errors = new ArrayList<>();
    // located as check locates them, so an export names the same line check does
    for (Problem p : ProblemLocator.checks(diagram)) {
      if (p.isError()) {
        errors.add(p);
      }
    }
    errors.addAll(VerbatimProvenance.check(diagram, repo));
    try {
      errors.addAll(CheckoutPolicyIdentities.check(diagram, repo));
    } catch (IOException e) {
      throw new RepoException(
          repo.root() + ": the templates cannot be read (" + e.getMessage() + ")", e);
    }
    return errors;
  }

  /**
   * Writes every file the plan changes, or none.
   *
   * @param overwrite whether files changed by hand are replaced
   * @throws ExportRefusedException when files were changed by hand and {@code overwrite} is false
   * @throws RepoException when a file changed since the plan was made or cannot be written; every
   *     file is then as it was
   */
  public ExportResult apply(ExportPlan plan, boolean overwrite)
      throws ExportRefusedException, RepoException {
    List<FileChange> conflicts = plan.conflicts();
    if (!conflicts.isEmpty() && !overwrite) {
      throw new ExportRefusedException(conflicts.stream().map(FileChange::path).toList());
    }
    RepoCheckout repo = plan.repo();
    AtomicFileSet set = new AtomicFileSet(repo.root());
    List<String> written = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    for (FileChange f : plan.files()) {
      if (!f.writes()) {
        unchanged.add(f.path());
        continue;
      }
      Optional<String> now = currentText(repo, f.path());
      if (!now.equals(f.before())) {
        throw new RepoException(
            f.path()
                + " changed since the export plan was made: review the new plan and export again"
                + " (nothing was written)");
      }
      set.put(repo.resolve(f.path()), f.after());
      written.add(f.path());
    }
    set.commit();
    return new ExportResult(written, unchanged);
  }

  /** The file's text now; a folder or other non-file is left for the file set to report. */
  private static Optional<String> currentText(RepoCheckout repo, String path) throws RepoException {
    return Files.isRegularFile(repo.resolve(path)) ? repo.read(path) : Optional.empty();
  }
}
