package dev.policydesigner.export.repo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The record of one set of file writes in a checkout, kept in {@code .policy-designer.journal} at
 * its root while the writes are under way. Written atomically before anything changes ({@link
 * State#PREPARE}: folders to create, files to replace) and again once every new file is on disk
 * ({@link State#COMMIT}). Whoever finds it later finishes the job: a prepared set is rolled back
 * (staging files and new empty folders removed), a committed one rolled forward (the remaining
 * staging files renamed into place).
 *
 * @param state how far the writes got
 * @param folders repo-relative folders created for the set, parents first
 * @param files repo-relative target files
 */
record ExportJournal(State state, List<String> folders, List<String> files) {
  /** The journal's file name at the checkout root. */
  static final String NAME = ".policy-designer.journal";

  private static final String HEADER = "policy-designer journal 1";

  /** How far a set of writes got. */
  enum State {
    PREPARE,
    COMMIT
  }

  ExportJournal {
    folders = List.copyOf(folders);
    files = List.copyOf(files);
  }

  /** The same set at {@code next}. */
  ExportJournal at(State next) {
    return new ExportJournal(next, folders, files);
  }

  /** Writes the journal atomically (staging file, rename, folder flushed). */
  void write(Path root) throws IOException {
    StringBuilder text = new StringBuilder(HEADER).append('\n').append(state).append('\n');
    folders.forEach(f -> text.append("D ").append(f).append('\n'));
    files.forEach(f -> text.append("F ").append(f).append('\n'));
    Path target = root.resolve(NAME);
    Path staging = StagedFiles.stage(target, text.toString().getBytes(StandardCharsets.UTF_8));
    StagedFiles.install(staging, target);
    StagedFiles.syncFolder(root);
  }

  /** Removes the journal (and a half-written one). */
  static void delete(Path root) throws IOException {
    Files.deleteIfExists(StagedFiles.stagingOf(root.resolve(NAME)));
    Files.deleteIfExists(root.resolve(NAME));
    StagedFiles.syncFolder(root);
  }

  /** Whether {@code root} has a journal or the start of one. */
  static boolean present(Path root) {
    return Files.exists(root.resolve(NAME))
        || Files.exists(StagedFiles.stagingOf(root.resolve(NAME)));
  }

  /** The journal at {@code root}, if there is one. */
  static Optional<ExportJournal> read(Path root) throws IOException, RepoException {
    List<String> lines;
    try {
      lines = Files.readAllLines(root.resolve(NAME), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    if (lines.size() < 2 || !lines.get(0).equals(HEADER)) {
      throw unreadable(root);
    }
    State state;
    try {
      state = State.valueOf(lines.get(1));
    } catch (IllegalArgumentException e) {
      throw unreadable(root);
    }
    List<String> folders = new ArrayList<>();
    List<String> files = new ArrayList<>();
    for (String line : lines.subList(2, lines.size())) {
      if (line.startsWith("D ")) {
        folders.add(line.substring(2));
      } else if (line.startsWith("F ")) {
        files.add(line.substring(2));
      } else {
        throw unreadable(root);
      }
    }
    return Optional.of(new ExportJournal(state, folders, files));
  }

  private static RepoException unreadable(Path root) {
    return new RepoException(
        root.resolve(NAME)
            + " is not a journal this version can read: finish or undo that export by hand"
            + " (compare with git status), then delete the file");
  }

  /**
   * Finishes the recorded writes: forward when committed, back when only prepared. Every path is
   * resolved inside the checkout first.
   */
  void finish(CheckoutPaths paths) throws IOException, RepoException {
    if (state == State.COMMIT) {
      Set<Path> parents = new LinkedHashSet<>();
      for (String f : files) {
        Path target = paths.resolve(f);
        Path staging = StagedFiles.stagingOf(target);
        if (Files.exists(staging)) {
          StagedFiles.install(staging, target);
          parents.add(target.getParent());
        }
      }
      StagedFiles.syncFolders(parents);
    } else {
      for (String f : files) {
        Files.deleteIfExists(StagedFiles.stagingOf(paths.resolve(f)));
      }
      for (int i = folders.size() - 1; i >= 0; i--) {
        Path folder = paths.resolve(folders.get(i));
        if (Files.isDirectory(folder) && isEmpty(folder)) {
          Files.delete(folder);
        }
      }
    }
    delete(paths.root());
  }

  private static boolean isEmpty(Path folder) throws IOException {
    try (var entries = Files.list(folder)) {
      return entries.findAny().isEmpty();
    }
  }
}
