package dev.policydesigner.app.document;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/** The most recently opened or saved diagram files, kept in the user's preferences. */
public final class RecentFiles {
  private static final int LIMIT = 8;
  private static final String KEY = "recentFiles";
  private final Preferences prefs;

  public RecentFiles(Preferences prefs) {
    this.prefs = prefs;
  }

  /** Newest first. */
  public List<Path> list() {
    List<Path> paths = new ArrayList<>();
    for (String line : prefs.get(KEY, "").split("\n")) {
      if (!line.isBlank()) {
        paths.add(Path.of(line));
      }
    }
    return paths;
  }

  /** Puts {@code file} first. */
  public void add(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    List<Path> paths = list();
    paths.remove(abs);
    paths.add(0, abs);
    while (paths.size() > LIMIT) {
      paths.remove(paths.size() - 1);
    }
    List<String> lines = paths.stream().map(Path::toString).toList();
    prefs.put(KEY, String.join("\n", lines));
  }

  /** The last directory used by a chooser under {@code key}, or {@code null}. */
  public Path directory(String key) {
    String s = prefs.get("dir." + key, null);
    return s == null ? null : Path.of(s);
  }

  /** Remembers the directory used by a chooser under {@code key}. */
  public void rememberDirectory(String key, Path dir) {
    prefs.put("dir." + key, dir.toAbsolutePath().toString());
  }

  /** The checkout the diagram in {@code file} was last exported to, or {@code null}. */
  public Path checkoutOf(Path file) {
    String[] v = prefs.get(checkoutKey(file), "").split("\n");
    // the key is a hash: the value repeats the diagram's path to rule out a collision
    return v.length == 2 && v[0].equals(normal(file)) ? Path.of(v[1]) : null;
  }

  /** Remembers that the diagram in {@code file} goes to the checkout {@code repo}. */
  public void rememberCheckout(Path file, Path repo) {
    prefs.put(checkoutKey(file), normal(file) + "\n" + repo.toAbsolutePath().normalize());
  }

  private static String checkoutKey(Path file) {
    return "checkout." + Integer.toHexString(normal(file).hashCode());
  }

  private static String normal(Path file) {
    return file.toAbsolutePath().normalize().toString();
  }
}
