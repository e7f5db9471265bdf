package dev.policydesigner.app.document;

import dev.policydesigner.export.diagram.file.DiagramFileException;
import dev.policydesigner.export.diagram.file.DiagramFiles;
import dev.policydesigner.model.Diagram;
import java.io.IOException;
import java.nio.file.Path;

/** {@code *.flows.yaml} files through the export module's reader and writer. */
public final class FileDiagramStore implements DiagramStore {
  @Override
  public Diagram read(Path file) throws IOException {
    try {
      return DiagramFiles.load(file);
    } catch (DiagramFileException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  @Override
  public void write(Diagram diagram, Path file) throws IOException {
    try {
      DiagramFiles.save(file, diagram);
    } catch (DiagramFileException e) {
      throw new IOException(e.getMessage(), e);
    }
  }
}
