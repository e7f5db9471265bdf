package dev.policydesigner.export.plan;

import dev.policydesigner.export.repo.RepoCheckout;
import java.util.List;

/**
 * What an export would do, computed without writing: every file with its status and diff, the
 * kustomization entries it adds or re-guards, and warnings.
 *
 * @param repo the checkout the plan was made for
 * @param files policy templates first (diagram order), then kustomizations
 * @param entries kustomization entries added or updated
 * @param warnings problems worth showing (the export still works)
 * @param kept imported templates left as they are because their policies did not change since
 *     import (diagram order); not in {@code files}
 */
public record ExportPlan(
    RepoCheckout repo,
    List<FileChange> files,
    List<EntryChange> entries,
    List<String> warnings,
    List<String> kept) {
  public ExportPlan {
    files = List.copyOf(files);
    entries = List.copyOf(entries);
    warnings = List.copyOf(warnings);
    kept = List.copyOf(kept);
  }

  /** A plan that leaves no imported template alone. */
  public ExportPlan(
      RepoCheckout repo, List<FileChange> files, List<EntryChange> entries, List<String> warnings) {
    this(repo, files, entries, warnings, List.of());
  }

  /** Files changed by hand that the plan would replace. */
  public List<FileChange> conflicts() {
    return files.stream().filter(f -> f.status() == FileStatus.CONFLICT).toList();
  }

  /** Whether applying the plan writes nothing. */
  public boolean isUnchanged() {
    return files.stream().noneMatch(FileChange::writes);
  }

  /** The plan as the command line prints it; see {@link PlanText}. */
  public String text() {
    return PlanText.render(this);
  }
}
