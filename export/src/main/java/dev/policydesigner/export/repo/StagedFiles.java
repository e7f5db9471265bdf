package dev.policydesigner.export.repo;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The file-system steps of a durable replacement: a staging file beside the target (named {@code
 * .<name>.pd-new}), written and flushed to disk with the target's permissions (a new file gets the
 * user's umask), then renamed over the target and the folder flushed.
 */
final class StagedFiles {
  private static final int FLUSHERS = 16;

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
    Path staging = stageUnforced(target, bytes);
    force(List.of(staging));
    return staging;
  }

  /** As {@link #stage}, leaving the flush to disk to {@link #force} (many files at once). */
  static Path stageUnforced(Path target, byte[] bytes) throws IOException {
    Path staging = stagingOf(target);
    Files.deleteIfExists(staging);
    try (FileChannel ch =
        FileChannel.open(staging, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      while (buffer.hasRemaining()) {
        ch.write(buffer);
      }
    }
    copyPermissions(target, staging);
    return staging;
  }

  /**
   * Forces the contents of {@code files} to disk, several at a time: the file system commits
   * flushes that wait together in one go, which makes thousands of files quick to flush.
   */
  static void force(List<Path> files) throws IOException {
    inParallel(files, StagedFiles::forceOne);
  }

  /** Forces the entries of each folder to disk, several at a time (see {@link #force}). */
  static void syncFolders(Collection<Path> folders) {
    try {
      inParallel(List.copyOf(folders), f -> syncFolder(f));
    } catch (IOException e) {
      // syncFolder reports nothing: a folder that cannot be flushed is as durable as it gets
    }
  }

  /** A step on one file. */
  private interface FileStep {
    void run(Path file) throws IOException;
  }

  private static void inParallel(List<Path> files, FileStep step) throws IOException {
    if (files.size() <= 1) {
      for (Path f : files) {
        step.run(f);
      }
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(FLUSHERS, files.size()));
    try {
      List<Future<Void>> flushes = new ArrayList<>();
      for (Path f : files) {
        flushes.add(
            pool.submit(
                () -> {
                  step.run(f);
                  return null;
                }));
      }
      for (Future<Void> flush : flushes) {
        flush.get();
      }
    } catch (ExecutionException e) {
      throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while flushing files to disk", e);
    } finally {
      pool.shutdownNow();
    }
  }

  private static void forceOne(Path file) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
      ch.force(true);
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
