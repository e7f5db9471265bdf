package dev.policydesigner.export.repo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finishes what an interrupted export left in a checkout, for every command that opens one: the
 * journal's writes are rolled forward (or back), a stale lock is removed, and the {@code .tmp} /
 * {@code .bak} files of earlier versions are deleted. Nothing happens while another export holds
 * the lock.
 */
public final class CheckoutRecovery {
  /** {@code .name.yaml.j2123456789.tmp}: the temporary and backup files of earlier versions. */
  private static final Pattern LEGACY =
      Pattern.compile("\\..+\\.(?:j2|yaml|yml)-?\\d+\\.(?:tmp|bak)");

  private CheckoutRecovery() {}

  /**
   * Finishes an interrupted export at {@code root}, if there was one and nobody holds the lock.
   *
   * @return what was done, for a note to the user, or empty when there was nothing to do
   */
  public static Optional<String> recover(Path root) throws RepoException {
    if (!ExportJournal.present(root) && !CheckoutLock.present(root)) {
      return Optional.empty();
    }
    Optional<CheckoutLock> lock = CheckoutLock.tryAcquire(root, "recovery");
    if (lock.isEmpty()) {
      return Optional.empty();
    }
    try (CheckoutLock held = lock.get()) {
      Optional<String> note = finishUnderLock(new CheckoutPaths(root));
      removeLeftovers(root);
      return note;
    }
  }

  /** Finishes a journal found at the root; the caller holds the lock. */
  static Optional<String> finishUnderLock(CheckoutPaths paths) throws RepoException {
    Path root = paths.root();
    try {
      Optional<ExportJournal> journal = ExportJournal.read(root);
      if (journal.isEmpty()) {
        ExportJournal.delete(root);
        return Optional.empty();
      }
      ExportJournal j = journal.get();
      j.finish(paths);
      return Optional.of(
          j.state() == ExportJournal.State.COMMIT
              ? "finished an interrupted export (" + j.files().size() + " files written)"
              : "undid an interrupted export (no file had changed)");
    } catch (IOException e) {
      throw new RepoException(
          root.resolve(ExportJournal.NAME)
              + ": an interrupted export could not be finished ("
              + e.getMessage()
              + "): fix the cause and run the command again",
          e);
    }
  }

  /**
   * Deletes staging files without a journal and the temporary and backup files earlier versions
   * left below {@code templates/}; the caller holds the lock and has finished any journal.
   */
  static void removeLeftovers(Path root) throws RepoException {
    Path templates = root.resolve("templates");
    if (!Files.isDirectory(templates)) {
      return;
    }
    List<Path> stray = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(templates)) {
      walk.filter(Files::isRegularFile)
          .filter(p -> isLeftover(p.getFileName().toString()))
          .forEach(stray::add);
      for (Path p : stray) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new RepoException(
          templates + ": left-over temporary files could not be removed (" + e.getMessage() + ")",
          e);
    }
  }

  static boolean isLeftover(String name) {
    return name.startsWith(".")
        && (name.endsWith(StagedFiles.SUFFIX) || LEGACY.matcher(name).matches());
  }
}
