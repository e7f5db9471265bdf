package dev.policydesigner.export.repo;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes one output file the way a user expects: a regular file (or a new one) is replaced
 * atomically and durably, keeping its permissions (a new file gets the umask's); a symbolic link is
 * written where it leads; a FIFO, device or other special file is written into, never replaced; a
 * folder is refused.
 */
public final class OutputFile {
  private OutputFile() {}

  /** Writes {@code bytes} to {@code target}. */
  public static void write(Path target, byte[] bytes) throws IOException {
    Path file = Files.isSymbolicLink(target) ? target.toRealPath() : target;
    if (Files.isDirectory(file)) {
      throw new FileSystemException(file.toString(), null, "is a folder, not a file");
    }
    if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file)) {
      try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.WRITE)) {
        out.write(bytes);
      }
      return;
    }
    Path absolute = file.toAbsolutePath();
    Path staging = StagedFiles.stage(absolute, bytes);
    try {
      StagedFiles.install(staging, absolute);
    } finally {
      Files.deleteIfExists(staging);
    }
    StagedFiles.syncFolder(absolute.getParent());
  }
}
