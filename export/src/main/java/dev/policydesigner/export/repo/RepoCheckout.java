package dev.policydesigner.export.repo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A makejinja GitOps checkout: a folder with {@code makejinja.toml} and {@code templates/}. Knows
 * its delimiters, data inputs and cluster values, and resolves repo-relative paths so that writes
 * stay inside it.
 */
public final class RepoCheckout {
  private final CheckoutPaths paths;
  private final MakejinjaConfig config;
  private final Map<String, Object> values;
  private final Set<String> knownFlags;
  private String recovered;

  private RepoCheckout(CheckoutPaths paths, MakejinjaConfig config, Map<String, Object> values) {
    this.paths = paths;
    this.config = config;
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    this.knownFlags = Collections.unmodifiableSet(ClusterValuesReader.flags(values));
  }

  /**
   * Opens the checkout at {@code chosen}, or the one it lies in (see {@link CheckoutRoot#find}):
   * {@link #root()} says which.
   *
   * @throws RepoException when the checkout lacks {@code makejinja.toml} or {@code templates/}, its
   *     delimiters differ from the designer's, or its values file is not valid YAML
   */
  public static RepoCheckout open(Path chosen) throws RepoException {
    if (!Files.isDirectory(chosen)) {
      throw new RepoException(chosen + " is not a folder: choose the repository root");
    }
    Path dir = CheckoutRoot.find(chosen).root();
    Path toml = dir.resolve("makejinja.toml");
    if (!Files.isRegularFile(toml)) {
      throw new RepoException(
          dir
              + " is not a makejinja checkout: no makejinja.toml there; choose the repository root"
              + " (the folder that holds makejinja.toml and templates/)");
    }
    if (!Files.isDirectory(dir.resolve("templates"))) {
      throw new RepoException(
          dir
              + " is not a makejinja checkout: no templates/ folder there; choose the repository"
              + " root (the folder that holds makejinja.toml and templates/)");
    }
    CheckoutPaths paths = new CheckoutPaths(dir);
    Optional<String> recovered = CheckoutRecovery.recover(paths.root());
    MakejinjaConfig config = MakejinjaConfig.parse(readText(toml), "makejinja.toml");
    RepoCheckout checkout = new RepoCheckout(paths, config, loadValues(paths, config));
    checkout.recovered = recovered.orElse(null);
    return checkout;
  }

  private static Map<String, Object> loadValues(CheckoutPaths paths, MakejinjaConfig config)
      throws RepoException {
    List<String> candidates = new ArrayList<>();
    for (String data : config.data()) {
      if (data.endsWith(".yaml") || data.endsWith(".yml")) {
        candidates.add(data.startsWith("./") ? data.substring(2) : data);
      }
    }
    Map<String, Object> values = new LinkedHashMap<>();
    boolean found = false;
    for (String rel : candidates) {
      Path file = paths.resolve(rel);
      if (Files.isRegularFile(file)) {
        values.putAll(ClusterValuesReader.read(file, rel));
        found = true;
      }
    }
    for (String fallback : List.of("cluster.yaml", "cluster.sample.yaml")) {
      Path file = paths.root().resolve(fallback);
      if (!found && Files.isRegularFile(file)) {
        values.putAll(ClusterValuesReader.read(file, fallback));
        found = true;
      }
    }
    return values;
  }

  /** What opening the checkout did to finish an interrupted export, if anything. */
  public Optional<String> recovered() {
    return Optional.ofNullable(recovered);
  }

  /** The checkout root (absolute). */
  public Path root() {
    return paths.root();
  }

  /** What {@code makejinja.toml} says. */
  public MakejinjaConfig config() {
    return config;
  }

  /** The cluster values (top-level keys of the data files). */
  public Map<String, Object> values() {
    return values;
  }

  /** Boolean-valued keys and keys ending in {@code _enabled} or {@code _mode}, sorted. */
  public Set<String> knownFlags() {
    return knownFlags;
  }

  /**
   * The path of {@code repoRelative} inside the checkout; see {@link CheckoutPaths#resolve}.
   *
   * @throws RepoException for absolute paths, {@code ..} segments and symbolic-link escapes
   */
  public Path resolve(String repoRelative) throws RepoException {
    return paths.resolve(repoRelative);
  }

  /** The repo-relative form of a path inside the checkout. */
  public String relative(Path path) {
    return paths.relative(path);
  }

  /** The text of a repo file (UTF-8), or empty when there is no such file. */
  public Optional<String> read(String repoRelative) throws RepoException {
    Path file = resolve(repoRelative);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    if (!Files.isRegularFile(file)) {
      throw new RepoException(
          repoRelative + " is not a regular file: remove or rename it, or export elsewhere");
    }
    return Optional.of(readText(file));
  }

  private static String readText(Path file) throws RepoException {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new RepoException(
          file + " could not be read (" + e.getMessage() + "): check its permissions", e);
    }
  }
}
