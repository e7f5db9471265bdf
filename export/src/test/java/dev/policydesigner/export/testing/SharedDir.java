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

  /** A file below the shared directory. */
  public static Path resolve(String relative) {
    return path().resolve(relative);
  }
}
