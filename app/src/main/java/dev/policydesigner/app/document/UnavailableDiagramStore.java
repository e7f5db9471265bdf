package dev.policydesigner.app.document;

import dev.policydesigner.model.Diagram;
import java.io.IOException;
import java.nio.file.Path;

/** Stands in while this build cannot read or write diagram files. */
public final class UnavailableDiagramStore implements DiagramStore {
  @Override
  public Diagram read(Path file) throws IOException {
    throw new IOException("reading diagram files is not available in this build");
  }

  @Override
  public void write(Diagram diagram, Path file) throws IOException {
    throw new IOException("writing diagram files is not available in this build");
  }
}
