package dev.policydesigner.export.repo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Turns repo-relative paths into paths inside the checkout, refusing anything that could land
 * outside it: absolute paths, {@code ..} segments and symbolic links that lead out.
 */
public final class CheckoutPaths {
  private final Path root;
  private final Path realRoot;

  /** Paths below {@code root}, which must exist. */
  public CheckoutPaths(Path root) throws RepoException {
    this.root = root.toAbsolutePath().normalize();
    try {
      this.realRoot = this.root.toRealPath();
    } catch (IOException e) {
      throw new RepoException(root + " cannot be opened (" + e.getMessage() + ")", e);
    }
  }

  /** The checkout root, absolute and normalised. */
  public Path root() {
    return root;
  }

  /** The checkout root with symbolic links resolved. */
  public Path realRoot() {
    return realRoot;
  }

  /**
   * The path of {@code repoRelative} inside the checkout.
   *
   * @throws RepoException when the path is absolute, has a {@code ..} segment, or leads out of the
   *     checkout through a symbolic link
   */
  public Path resolve(String repoRelative) throws RepoException {
    if (repoRelative == null || repoRelative.isBlank()) {
      throw new RepoException(
          "An empty path cannot be written: give the file a repo-relative path");
    }
    String rel = repoRelative.strip();
    if (rel.startsWith("/") || rel.startsWith("\\") || rel.matches("^[A-Za-z]:.*")) {
      throw new RepoException(
          rel + " is an absolute path: give a path relative to the repository root");
    }
    if (rel.indexOf('\0') >= 0) {
      throw new RepoException(
          rel.replace('\0', '?') + " contains a NUL character: give a path without it");
    }
    String[] segments = rel.split("[/\\\\]");
    for (String segment : segments) {
      if (segment.equals("..")) {
        throw new RepoException(
            rel + " leaves the checkout through '..': give a path inside the repository");
      }
    }
    if (segments[0].equals(".git") || segments[0].equals(".github")) {
      throw new RepoException(
          rel
              + " is under "
              + segments[0]
              + "/, which belongs to git and the forge, not to"
              + " templates: give a path under templates/");
    }
    Path target = root.resolve(rel).normalize();
    if (!target.startsWith(root)) {
      throw new RepoException(rel + " is outside the checkout: give a path inside the repository");
    }
    checkRealLocation(rel, target);
    return target;
  }

  /** The repo-relative form of a path inside the checkout, with forward slashes. */
  public String relative(Path path) {
    return root.relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/');
  }

  private void checkRealLocation(String rel, Path target) throws RepoException {
    for (Path p = target; p != null && p.startsWith(root); p = p.getParent()) {
      if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
        continue;
      }
      Path real;
      try {
        real = p.toRealPath();
      } catch (IOException e) {
        throw new RepoException(
            rel
                + ": "
                + root.relativize(p)
                + " is a symbolic link that leads nowhere: remove it or choose another path",
            e);
      }
      if (!real.startsWith(realRoot)) {
        throw new RepoException(
            rel
                + " leads out of the checkout through the symbolic link "
                + (p.equals(root) ? p : root.relativize(p))
                + " (to "
                + real
                + "): replace the link by a folder or choose another path");
      }
      return;
    }
  }
}
