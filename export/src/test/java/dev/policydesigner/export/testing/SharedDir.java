package dev.policydesigner.export.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the read-only shared material (tools, schemas, seed, fixtures) lives. */
public final class SharedDir {
  private SharedDir() {}

  /** The directory given by the {@code shared.dir} system property. */
  public static Path path() {
    String dir = System.getProperty("shared.dir");
    if (dir == null || dir.isBlank()) {
      throw new IllegalStateException("system property shared.dir is not set (run through Maven)");
    }
    Path path = Path.of(dir).toAbsolutePath().normalize();
    if (!Files.isDirectory(path)) {
      throw new IllegalStateException("shared.dir " + path + " is not a directory");
    }
    return path;
  }

  /**
   * The Python interpreter with Jinja2 and PyYAML: {@code $ORACLE_PYTHON}, else {@code python3}.
   */
  public static String python() {
    String configured = System.getenv("ORACLE_PYTHON");
    return configured == null || configured.isBlank() ? "python3" : configured;
  }

  /** A file below the shared directory. */
  public static Path resolve(String relative) {
    return path().resolve(relative);
  }
}
