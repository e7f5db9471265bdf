package dev.policydesigner.export.repo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes many files of a checkout all-or-none, even when the process is killed at any moment. Under
 * the checkout's {@link CheckoutLock}: a journal of the set is written ({@link ExportJournal});
 * every new text goes to a staging file beside its target, flushed to disk with the target's
 * permissions (a new file gets the user's umask); the journal is marked committed; each staging
 * file is renamed over its target; the journal is removed. Whoever finds a journal later ({@link
 * CheckoutRecovery}) rolls a committed set forward and a prepared one back.
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
   *     of this set has been undone (or, past the point of no return, will be finished by the next
   *     command that opens the checkout)
   */
  public void commit() throws RepoException {
    try {
      Files.createDirectories(root);
    } catch (IOException e) {
      throw new RepoException(root + " cannot be created (" + reason(e) + ")", e);
    }
    CheckoutPaths paths = new CheckoutPaths(root);
    try (CheckoutLock lock = CheckoutLock.acquire(root, "export", Duration.ZERO)) {
      CheckoutRecovery.finishUnderLock(paths);
      CheckoutRecovery.removeLeftovers(root);
      Map<Path, byte[]> targets = resolveLinks(paths);
      ExportJournal journal = prepare(paths, targets);
      try {
        journal.at(ExportJournal.State.COMMIT).write(root);
      } catch (IOException e) {
        rollBack(paths, journal);
        throw new RepoException(
            "the export journal could not be written (" + reason(e) + ") (nothing was written)", e);
      }
      try {
        journal.at(ExportJournal.State.COMMIT).finish(paths);
      } catch (IOException e) {
        throw new RepoException(
            "the export stopped while moving files into place ("
                + reason(e)
                + "): fix the cause and run any command on the checkout to finish it",
            e);
      }
    }
  }

  /** Writes the prepared journal, the folders and every staging file; undoes all on failure. */
  private ExportJournal prepare(CheckoutPaths paths, Map<Path, byte[]> targets)
      throws RepoException {
    List<String> folders = new ArrayList<>();
    for (Path dir : missingFolders(targets.keySet())) {
      folders.add(paths.relative(dir));
    }
    List<String> files = new ArrayList<>();
    for (Path target : targets.keySet()) {
      files.add(paths.relative(target));
    }
    ExportJournal journal = new ExportJournal(ExportJournal.State.PREPARE, folders, files);
    Path current = null;
    try {
      journal.write(root);
      for (String folder : folders) {
        current = paths.resolve(folder);
        Files.createDirectory(current);
      }
      Set<Path> parents = new LinkedHashSet<>();
      List<Path> staged = new ArrayList<>();
      for (Map.Entry<Path, byte[]> e : targets.entrySet()) {
        current = e.getKey();
        checkWritable(current);
        staged.add(StagedFiles.stageUnforced(current, e.getValue()));
        parents.add(current.getParent());
      }
      current = null;
      StagedFiles.force(staged);
      StagedFiles.syncFolders(parents);
      return journal;
    } catch (IOException e) {
      rollBack(paths, journal);
      throw new RepoException(message(current, e), e);
    }
  }

  private static void rollBack(CheckoutPaths paths, ExportJournal journal) {
    try {
      journal.at(ExportJournal.State.PREPARE).finish(paths);
    } catch (IOException | RepoException e) {
      // the journal stays; the next command that opens the checkout rolls back again
    }
  }

  /** Targets that are symbolic links inside the checkout are written where they lead. */
  private Map<Path, byte[]> resolveLinks(CheckoutPaths paths) throws RepoException {
    Map<Path, byte[]> out = new LinkedHashMap<>();
    for (Map.Entry<Path, byte[]> e : contents.entrySet()) {
      Path target = e.getKey();
      if (Files.isSymbolicLink(target)) {
        target = paths.resolve(paths.relative(target));
        try {
          target = paths.root().resolve(paths.realRoot().relativize(target.toRealPath()));
        } catch (IOException ex) {
          throw new RepoException(message(e.getKey(), ex), ex);
        }
      }
      out.put(target, e.getValue());
    }
    return out;
  }

  private List<Path> missingFolders(Set<Path> targets) {
    Set<Path> missing = new LinkedHashSet<>();
    for (Path target : targets) {
      List<Path> chain = new ArrayList<>();
      for (Path p = target.getParent();
          p != null && p.startsWith(root) && !Files.exists(p, LinkOption.NOFOLLOW_LINKS);
          p = p.getParent()) {
        chain.add(0, p);
      }
      missing.addAll(chain);
    }
    return List.copyOf(missing);
  }

  private static void checkWritable(Path target) throws IOException {
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(target)) {
      throw new FileSystemException(target.toString(), null, "not a regular file");
    }
    if (Files.isRegularFile(target) && !Files.isWritable(target)) {
      throw new AccessDeniedException(target.toString());
    }
  }

  private String message(Path target, IOException cause) {
    String shown =
        target == null
            ? root.toString()
            : target.startsWith(root) ? root.relativize(target).toString() : target.toString();
    if (cause instanceof AccessDeniedException) {
      return shown + " is read-only: make it writable or export elsewhere (nothing was written)";
    }
    if (target != null && Files.isDirectory(target)) {
      return shown
          + " is a folder, not a file: move it away or export elsewhere (nothing was written)";
    }
    return shown
        + " could not be written ("
        + reason(cause)
        + "): fix it and export again"
        + " (nothing was written)";
  }

  private static String reason(IOException cause) {
    return cause instanceof FileSystemException fse && fse.getReason() != null
        ? fse.getReason()
        : String.valueOf(cause.getMessage());
  }
}
