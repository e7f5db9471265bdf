package dev.policydesigner.export.repo;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The root of the makejinja checkout a chosen folder lies in: the folder itself or the nearest one
 * above it that holds {@code makejinja.toml} and {@code templates/}. Folder choosers and command
 * lines are often given a folder inside the checkout ({@code templates/}, {@code
 * templates/config/}) and mean the checkout.
 *
 * @param root the checkout root (absolute, normalised); the chosen folder itself when no checkout
 *     lies around it, so that opening it reports what is missing
 * @param chosen the folder as chosen (absolute, normalised)
 */
public record CheckoutRoot(Path root, Path chosen) {
  /**
   * The checkout around {@code dir}: the nearest folder (from {@code dir} upwards) with {@code
   * makejinja.toml} and {@code templates/}; failing that, {@code dir} when it holds {@code
   * templates/}, or the folder whose {@code templates/} holds {@code dir}; failing that, {@code
   * dir}.
   */
  public static CheckoutRoot find(Path dir) {
    Path chosen = dir.toAbsolutePath().normalize();
    for (Path p = chosen; p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("makejinja.toml"))
          && Files.isDirectory(p.resolve("templates"))) {
        return new CheckoutRoot(p, chosen);
      }
    }
    if (!Files.isDirectory(chosen.resolve("templates"))) {
      for (Path p = chosen.getParent(); p != null; p = p.getParent()) {
        if (chosen.startsWith(p.resolve("templates"))) {
          return new CheckoutRoot(p, chosen);
        }
      }
    }
    return new CheckoutRoot(chosen, chosen);
  }

  /** Whether the checkout root lies above the chosen folder. */
  public boolean isAbove() {
    return !root.equals(chosen);
  }

  /**
   * One line saying which root is used, e.g. "Using the checkout /src/cluster (found above
   * /src/cluster/templates)", or the empty string when the chosen folder is the root.
   */
  public String note() {
    return isAbove() ? "Using the checkout " + root + " (found above " + chosen + ")" : "";
  }
}
