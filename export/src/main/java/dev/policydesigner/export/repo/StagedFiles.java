package dev.policydesigner.export.repo;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * The file-system steps of a durable replacement: a staging file beside the target (named {@code
 * .<name>.pd-new}), written and flushed to disk with the target's permissions (a new file gets the
 * user's umask), then renamed over the target and the folder flushed.
 */
final class StagedFiles {
  /** The suffix of staging files. */
  static final String SUFFIX = ".pd-new";

  private StagedFiles() {}

  /** The staging file of {@code target}. */
  static Path stagingOf(Path target) {
    return target.resolveSibling("." + target.getFileName() + SUFFIX);
  }

  /**
   * Writes {@code bytes} to the staging file of {@code target}, replacing an old staging file, with
   * the permissions of {@code target} when it exists, and forces it to disk.
   */
  static Path stage(Path target, byte[] bytes) throws IOException {
    Path staging = stagingOf(target);
    Files.deleteIfExists(staging);
    writeNew(staging, bytes);
    copyPermissions(target, staging);
    return staging;
  }

  /** Creates {@code file} (which must not exist) with the umask's mode and forces it to disk. */
  static void writeNew(Path file, byte[] bytes) throws IOException {
    try (FileChannel ch =
        FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      while (buffer.hasRemaining()) {
        ch.write(buffer);
      }
      ch.force(true);
    } catch (FileAlreadyExistsException e) {
      throw e;
    }
  }

  /** Renames {@code staging} over {@code target} atomically. */
  static void install(Path staging, Path target) throws IOException {
    Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Forces a folder's entries to disk, where the platform can. */
  static void syncFolder(Path folder) {
    try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // not every platform can open a folder; the renames are then as durable as it allows
    }
  }

  private static void copyPermissions(Path from, Path to) throws IOException {
    if (!Files.isRegularFile(from)) {
      return;
    }
    PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
    PosixFileAttributeView target =
        Files.getFileAttributeView(to, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    if (source == null || target == null) {
      return;
    }
    Set<PosixFilePermission> permissions = source.readAttributes().permissions();
    target.setPermissions(permissions);
  }
}
