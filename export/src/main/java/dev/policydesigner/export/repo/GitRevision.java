package dev.policydesigner.export.repo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A checkout as it was at a git revision, read with {@code git archive} into a temporary folder
 * (the working tree is not touched). Only the part of the repository the checkout is in is read.
 * Close it to remove the folder.
 */
public final class GitRevision implements AutoCloseable {
  private final Path dir;
  private final Path checkout;

  private GitRevision(Path dir, Path checkout) {
    this.dir = dir;
    this.checkout = checkout;
  }

  /**
   * The checkout at {@code root} as of {@code revision}.
   *
   * @throws RepoException when the revision is not one, git is missing, or the archive fails
   */
  public static GitRevision of(Path root, String revision) throws RepoException {
    if (revision.isBlank() || revision.startsWith("-") || revision.contains("\n")) {
      throw new RepoException("'" + revision + "' is not a git revision");
    }
    String prefix = git(root, "rev-parse", "--show-prefix").strip();
    try {
      Path dir = Files.createTempDirectory("policy-designer-base");
      Path zip = dir.resolve("base.zip");
      String tree = prefix.isEmpty() ? revision : revision + ":" + prefix;
      git(root, "archive", "--format=zip", "-o", zip.toString(), tree);
      Path out = Files.createDirectories(dir.resolve("checkout"));
      unzip(zip, out);
      return new GitRevision(dir, out);
    } catch (IOException e) {
      throw new RepoException("cannot read revision " + revision + ": " + e.getMessage());
    }
  }

  /** The folder holding the checkout as of the revision. */
  public Path checkout() {
    return checkout;
  }

  private static String git(Path root, String... args) throws RepoException {
    List<String> command = new ArrayList<>(List.of("git", "-C", root.toString()));
    command.addAll(List.of(args));
    try {
      Process p = new ProcessBuilder(command).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new RepoException(
            "git " + String.join(" ", args) + " in " + root + " failed: " + err.strip());
      }
      return out;
    } catch (IOException e) {
      throw new RepoException(
          "cannot run git (" + e.getMessage() + "): install git to compare with a revision");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RepoException("interrupted while running git");
    }
  }

  private static void unzip(Path zip, Path out) throws IOException {
    try (InputStream in = Files.newInputStream(zip);
        ZipInputStream z = new ZipInputStream(in)) {
      for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
        Path target = out.resolve(e.getName()).normalize();
        if (!target.startsWith(out)) {
          throw new IOException("archive entry outside the folder: " + e.getName());
        }
        if (e.isDirectory()) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(z, target);
        }
      }
    }
  }

  @Override
  public void close() {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind is harmless
    }
  }
}
