package dev.policydesigner.app.export;

import java.nio.file.Path;
import java.util.List;

/** The files an export into {@code repo} would write, in order. */
public record ExportPlan(Path repo, List<PlannedFile> files) {
  public ExportPlan {
    files = List.copyOf(files);
  }
}
