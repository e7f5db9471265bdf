package dev.policydesigner.export.preview;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The values templates are rendered with: a repo's {@code cluster.yaml} (or {@code
 * cluster.sample.yaml}) and overrides {@code key=value} on top. Like makejinja's data files, every
 * mapping document of a file is merged in order; an override's value is read as a YAML scalar
 * ({@code true}, {@code 3}, {@code enforce}), an empty value is the empty string. Immutable.
 */
public final class ValuesSource {
  /** The values files a repo checkout is looked up for, in order of preference. */
  public static final List<String> REPO_FILES = List.of("cluster.yaml", "cluster.sample.yaml");

  private final Map<String, Object> values;
  private final Path file;

  private ValuesSource(Map<String, Object> values, Path file) {
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    this.file = file;
  }

  /** No values at all. */
  public static ValuesSource empty() {
    return new ValuesSource(Map.of(), null);
  }

  /** The values of a repo checkout: its {@code cluster.yaml}, else its sample, else none. */
  public static ValuesSource ofRepo(Path repoDir) throws ValuesException {
    for (String name : REPO_FILES) {
      Path candidate = repoDir.resolve(name);
      if (Files.isRegularFile(candidate)) {
        return ofFile(candidate);
      }
    }
    return empty();
  }

  /** The values of one YAML file. */
  public static ValuesSource ofFile(Path file) throws ValuesException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ValuesException("Cannot read values file " + file + ": " + e.getMessage());
    }
    Map<String, Object> merged = new LinkedHashMap<>();
    try {
      for (Object doc : yaml().loadAll(text)) {
        if (doc instanceof Map<?, ?> map) {
          map.forEach((k, v) -> merged.put(String.valueOf(k), v));
        }
      }
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
      throw new ValuesException(
          file + ":" + line + ": not valid YAML (" + e.getProblem() + "); fix the values file");
    } catch (YAMLException e) {
      throw new ValuesException(file + ": not valid YAML (" + e.getMessage() + ")");
    }
    return new ValuesSource(merged, file);
  }

  /** A copy with {@code key} set to {@code value}. */
  public ValuesSource with(String key, Object value) {
    Map<String, Object> copy = new LinkedHashMap<>(values);
    copy.put(key, value);
    return new ValuesSource(copy, file);
  }

  /** A copy with an override {@code key=value}; the value is parsed as a YAML scalar. */
  public ValuesSource withOverride(String assignment) throws ValuesException {
    int eq = assignment.indexOf('=');
    if (eq <= 0) {
      throw new ValuesException(
          "Override '" + assignment + "' is not of the form key=value (e.g. loki_enabled=true)");
    }
    String key = assignment.substring(0, eq).strip();
    String raw = assignment.substring(eq + 1);
    return with(key, raw.isEmpty() ? "" : scalar(raw));
  }

  /** A copy with every override of the list applied in order. */
  public ValuesSource withOverrides(List<String> assignments) throws ValuesException {
    ValuesSource result = this;
    for (String a : assignments) {
      result = result.withOverride(a);
    }
    return result;
  }

  /** The values, read-only. */
  public Map<String, Object> values() {
    return values;
  }

  /** The file the values came from, if any. */
  public Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  private static Object scalar(String raw) throws ValuesException {
    try {
      return yaml().load(raw);
    } catch (YAMLException e) {
      throw new ValuesException("Override value '" + raw + "' is not a YAML value: " + e);
    }
  }

  private static Yaml yaml() {
    return new Yaml(new SafeConstructor(new LoaderOptions()));
  }
}
