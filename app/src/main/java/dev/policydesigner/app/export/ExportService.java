package dev.policydesigner.app.export;

import dev.policydesigner.model.Diagram;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/** Plans and writes an export of a diagram into a repo checkout. */
public interface ExportService {
  /** What exporting {@code diagram} into {@code repo} would change; writes nothing. */
  ExportPlan plan(Diagram diagram, Path repo) throws IOException;

  /**
   * Writes the plan's new and changed files, and the conflicting ones listed in {@code
   * replaceConflicts}; writes nothing when any write would fail.
   */
  void write(Diagram diagram, ExportPlan plan, Set<String> replaceConflicts) throws IOException;
}
