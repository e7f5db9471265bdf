package dev.policydesigner.app.export;

import dev.policydesigner.model.Diagram;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/** Stands in while this build has no repo export. */
public final class UnavailableExportService implements ExportService {
  @Override
  public ExportPlan plan(Diagram diagram, Path repo) throws IOException {
    throw new IOException("exporting to a repo is not available in this build");
  }

  @Override
  public void write(Diagram diagram, ExportPlan plan, Set<String> replace) throws IOException {
    throw new IOException("exporting to a repo is not available in this build");
  }
}
