package dev.policydesigner.export.repo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/** Reads the cluster values ({@code cluster.yaml}) that feed previews and the known flags. */
public final class ClusterValuesReader {
  private ClusterValuesReader() {}

  /**
   * The top-level keys of every YAML document of the file, later documents overriding earlier.
   *
   * @param shownName the name used in messages, e.g. {@code cluster.yaml}
   */
  public static Map<String, Object> read(Path file, String shownName) throws RepoException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new RepoException(
          shownName + " could not be read (" + e.getMessage() + "): check its permissions", e);
    }
    return parse(text, shownName);
  }

  /** The top-level keys of the YAML text; see {@link #read(Path, String)}. */
  public static Map<String, Object> parse(String text, String shownName) throws RepoException {
    Map<String, Object> values = new LinkedHashMap<>();
    try {
      Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
      for (Object doc : yaml.loadAll(text)) {
        if (doc instanceof Map<?, ?> map) {
          map.forEach((k, v) -> values.put(String.valueOf(k), v));
        } else if (doc != null) {
          throw new RepoException(
              shownName + ": expected key: value pairs at the top level: fix the file");
        }
      }
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark();
      String where = mark == null ? "" : ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
      throw new RepoException(
          shownName + where + ": not valid YAML (" + e.getProblem() + "): fix the file", e);
    } catch (YAMLException e) {
      throw new RepoException(
          shownName + ": not valid YAML (" + e.getMessage() + "): fix the file", e);
    }
    return values;
  }

  /** Keys with a boolean value and keys ending in {@code _enabled} or {@code _mode}. */
  public static Set<String> flags(Map<String, Object> values) {
    Set<String> flags = new TreeSet<>();
    values.forEach(
        (key, value) -> {
          if (value instanceof Boolean || key.endsWith("_enabled") || key.endsWith("_mode")) {
            flags.add(key);
          }
        });
    return flags;
  }
}
