package dev.policydesigner.export.plan;

import java.util.List;

/** An export refused because files were changed by hand; nothing was written. */
public class ExportRefusedException extends Exception {
  private static final long serialVersionUID = 1L;
  private final List<String> paths;

  /** Refused because of the hand-changed files at {@code paths}. */
  public ExportRefusedException(List<String> paths) {
    super(
        "Not exported: "
            + String.join(", ", paths)
            + (paths.size() == 1 ? " was" : " were")
            + " changed by hand. Review the diff, then export with --overwrite to replace"
            + " (nothing was written)");
    this.paths = List.copyOf(paths);
  }

  /** The repo-relative paths of the files changed by hand. */
  public List<String> paths() {
    return paths;
  }
}
