package dev.policydesigner.app.export;

import dev.policydesigner.export.plan.Exporter;
import dev.policydesigner.export.plan.FileChange;
import dev.policydesigner.export.plan.FileStatus;
import dev.policydesigner.export.plan.TemplateSource;
import dev.policydesigner.export.repo.RepoCheckout;
import dev.policydesigner.export.repo.RepoException;
import dev.policydesigner.model.Diagram;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Export through the repo exporter. Hand-edited files the user did not agree to replace are left
 * out of the write; everything else is written all-or-none.
 */
public final class RepoExportService implements ExportService {
  private final Exporter exporter = new Exporter();
  private final TemplateSource templates;

  public RepoExportService(TemplateSource templates) {
    this.templates = templates;
  }

  @Override
  public ExportPlan plan(Diagram diagram, Path repo) throws IOException {
    return shown(repoPlan(diagram, repo), repo);
  }

  private static ExportPlan shown(dev.policydesigner.export.plan.ExportPlan plan, Path repo) {
    List<PlannedFile> files = new ArrayList<>();
    for (FileChange f : plan.files()) {
      files.add(new PlannedFile(f.path(), f.before().orElse(null), f.after(), status(f.status())));
    }
    return new ExportPlan(repo, files);
  }

  private dev.policydesigner.export.plan.ExportPlan repoPlan(Diagram diagram, Path repo)
      throws IOException {
    try {
      return exporter.plan(diagram, RepoCheckout.open(repo), templates);
    } catch (RepoException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  private static PlannedFile.Status status(FileStatus s) {
    switch (s) {
      case CREATED:
        return PlannedFile.Status.NEW;
      case UPDATED:
        return PlannedFile.Status.CHANGED;
      case CONFLICT:
        return PlannedFile.Status.CONFLICT;
      default:
        return PlannedFile.Status.UNCHANGED;
    }
  }

  @Override
  public void write(Diagram diagram, ExportPlan shown, Set<String> replaceConflicts)
      throws IOException {
    dev.policydesigner.export.plan.ExportPlan fresh = repoPlan(diagram, shown.repo());
    if (!shown(fresh, shown.repo()).equals(shown)) {
      throw new IOException(
          "the repo or the diagram changed since the plan was shown; review the new plan");
    }
    List<FileChange> files = new ArrayList<>();
    for (FileChange f : fresh.files()) {
      boolean keep = f.status() == FileStatus.CONFLICT && !replaceConflicts.contains(f.path());
      files.add(
          keep
              ? new FileChange(
                  f.path(), f.kustomization(), FileStatus.UNCHANGED, f.before(), f.after(), "")
              : f);
    }
    var consented =
        new dev.policydesigner.export.plan.ExportPlan(
            fresh.repo(), files, fresh.entries(), fresh.warnings());
    try {
      exporter.apply(consented, true);
    } catch (RepoException | dev.policydesigner.export.plan.ExportRefusedException e) {
      throw new IOException(e.getMessage(), e);
    }
  }
}
