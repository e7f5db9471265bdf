package dev.policydesigner.export.repo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes many files all-or-none. Every content first goes to a temporary file beside its target;
 * then each is moved into place (atomically where the file system can), keeping a backup of the
 * file it replaces. On any failure the replaced files are restored and the created files and
 * folders removed, so nothing the user wrote is lost.
 */
public final class AtomicFileSet {
  private final Path root;
  private final Map<Path, byte[]> contents = new LinkedHashMap<>();

  /** A set of writes below {@code root}; paths in messages are shown relative to it. */
  public AtomicFileSet(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /** Adds (or replaces) the UTF-8 text to write to {@code target}. */
  public AtomicFileSet put(Path target, String text) {
    contents.put(target.toAbsolutePath().normalize(), text.getBytes(StandardCharsets.UTF_8));
    return this;
  }

  /** The targets in the order they are written. */
  public List<Path> targets() {
    return List.copyOf(contents.keySet());
  }

  /**
   * Writes every file, or none.
   *
   * @throws RepoException naming the file that could not be written and why; by then every change
   *     of this set has been undone
   */
  public void commit() throws RepoException {
    FileSetTransaction tx = new FileSetTransaction();
    try {
      for (Map.Entry<Path, byte[]> e : contents.entrySet()) {
        checkWritable(e.getKey());
        tx.stage(e.getKey(), e.getValue());
      }
      for (Path target : contents.keySet()) {
        tx.install(target);
      }
    } catch (WriteFailure f) {
      tx.rollBack();
      throw new RepoException(message(f.target, f.cause), f.cause);
    }
    tx.discardBackups();
  }

  private void checkWritable(Path target) throws WriteFailure {
    if (Files.isRegularFile(target) && !Files.isWritable(target)) {
      throw new WriteFailure(target, new AccessDeniedException(target.toString()));
    }
  }

  private String message(Path target, IOException cause) {
    String shown = target.startsWith(root) ? root.relativize(target).toString() : target.toString();
    if (cause instanceof AccessDeniedException) {
      return shown + " is read-only: make it writable or export elsewhere (nothing was written)";
    }
    if (Files.isDirectory(target)) {
      return shown
          + " is a folder, not a file: move it away or export elsewhere (nothing was written)";
    }
    String reason =
        cause instanceof FileSystemException fse && fse.getReason() != null
            ? fse.getReason()
            : String.valueOf(cause.getMessage());
    return shown
        + " could not be written ("
        + reason
        + "): fix it and export again"
        + " (nothing was written)";
  }

  /** A failed step: which target and why. */
  static final class WriteFailure extends Exception {
    private static final long serialVersionUID = 1L;
    final transient Path target;
    final IOException cause;

    WriteFailure(Path target, IOException cause) {
      super(cause);
      this.target = target;
      this.cause = cause;
    }
  }

  /** The undo log of one commit. */
  private static final class FileSetTransaction {
    private final List<Path> createdDirs = new ArrayList<>();
    private final Map<Path, Path> temps = new LinkedHashMap<>();
    private final Map<Path, Path> backups = new LinkedHashMap<>();
    private final List<Path> installed = new ArrayList<>();

    void stage(Path target, byte[] bytes) throws WriteFailure {
      try {
        createParents(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        temps.put(target, temp);
        Files.write(temp, bytes);
      } catch (IOException e) {
        throw new WriteFailure(target, e);
      }
    }

    private void createParents(Path dir) throws IOException {
      List<Path> missing = new ArrayList<>();
      for (Path p = dir; p != null && !Files.exists(p); p = p.getParent()) {
        missing.add(0, p);
      }
      for (Path p : missing) {
        Files.createDirectory(p);
        createdDirs.add(p);
      }
    }

    void install(Path target) throws WriteFailure {
      Path temp = temps.get(target);
      try {
        if (Files.isRegularFile(target)) {
          Path backup =
              Files.createTempFile(target.getParent(), "." + target.getFileName(), ".bak");
          backups.put(target, backup);
          Files.copy(
              target,
              backup,
              StandardCopyOption.REPLACE_EXISTING,
              StandardCopyOption.COPY_ATTRIBUTES);
        }
        move(temp, target);
        temps.remove(target);
        installed.add(target);
      } catch (IOException e) {
        throw new WriteFailure(target, e);
      }
    }

    private static void move(Path from, Path to) throws IOException {
      try {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
      }
    }

    void rollBack() {
      for (int i = installed.size() - 1; i >= 0; i--) {
        Path target = installed.get(i);
        Path backup = backups.remove(target);
        try {
          if (backup != null) {
            move(backup, target);
          } else {
            Files.deleteIfExists(target);
          }
        } catch (IOException ignored) {
          // keep going: the backup stays beside the target, so nothing is lost
        }
      }
      discardBackups();
      for (Path temp : temps.values()) {
        deleteQuietly(temp);
      }
      for (int i = createdDirs.size() - 1; i >= 0; i--) {
        deleteQuietly(createdDirs.get(i));
      }
    }

    void discardBackups() {
      for (Path backup : backups.values()) {
        deleteQuietly(backup);
      }
      backups.clear();
    }

    private static void deleteQuietly(Path p) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException ignored) {
        // a folder that is no longer empty or a file already gone: leave it
      }
    }
  }
}
