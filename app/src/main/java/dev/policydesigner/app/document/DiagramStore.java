package dev.policydesigner.app.document;

import dev.policydesigner.model.Diagram;
import java.io.IOException;
import java.nio.file.Path;

/** Reads and writes {@code *.flows.yaml} diagram files. */
public interface DiagramStore {
  /** The diagram in {@code file}; the exception message names the file and line. */
  Diagram read(Path file) throws IOException;

  /** Writes {@code diagram} to {@code file}. */
  void write(Diagram diagram, Path file) throws IOException;
}
