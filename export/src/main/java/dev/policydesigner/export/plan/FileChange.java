package dev.policydesigner.export.plan;

import java.util.Objects;
import java.util.Optional;

/**
 * One file of an export plan.
 *
 * @param path repo-relative path
 * @param kustomization whether it is a kustomization (patched) rather than a policy template
 * @param status what the export does to it
 * @param before its current text, empty when it does not exist
 * @param after the text the export writes
 * @param diff unified diff from {@code before} to {@code after} (empty when unchanged)
 */
public record FileChange(
    String path,
    boolean kustomization,
    FileStatus status,
    Optional<String> before,
    String after,
    String diff) {
  public FileChange {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(status, "status");
    before = before == null ? Optional.empty() : before;
  }

  /** Whether applying the plan writes this file. */
  public boolean writes() {
    return status != FileStatus.UNCHANGED;
  }
}
