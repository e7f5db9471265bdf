package dev.policydesigner.export.template.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.policydesigner.export.testing.MakejinjaOracle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Whether two templates render to the same documents (order of list items aside) with all flags on
 * in audit and in enforce mode, all flags off, and the repo's cluster.yaml.
 */
public final class RenderEquivalence {
  private static final Pattern FLAG = Pattern.compile("(\\w+) \\| default\\(");

  private final MakejinjaOracle oracle = new MakejinjaOracle();
  private final Map<String, Object> cluster;

  /** A comparison with the values of the repo's {@code cluster.yaml}. */
  public RenderEquivalence(Path repo) throws Exception {
    this.cluster = clusterValues(repo.resolve("cluster.yaml"));
  }

  /** Asserts that {@code regenerated} renders like {@code original} for every value set. */
  public void assertRendersLike(Path original, Path regenerated, String message) throws Exception {
    String text = Files.readString(original) + Files.readString(regenerated);
    for (Map<String, Object> values : valueSets(text, cluster)) {
      Object before = rendered(original, values);
      Object after = rendered(regenerated, values);
      assertEquals(
          before, after, message + " with " + values + "\n" + Files.readString(regenerated));
    }
  }

  private Object rendered(Path template, Map<String, Object> values) {
    return canonical(oracle.render(template, values).documents());
  }

  static List<Map<String, Object>> valueSets(String text, Map<String, Object> cluster) {
    TreeSet<String> flags = new TreeSet<>();
    Matcher m = FLAG.matcher(text);
    while (m.find()) {
      flags.add(m.group(1));
    }
    flags.remove("network_policies_mode");
    List<Map<String, Object>> sets = new ArrayList<>();
    for (String mode : List.of("audit", "enforce")) {
      Map<String, Object> on = new LinkedHashMap<>();
      flags.forEach(f -> on.put(f, true));
      on.put("network_policies_mode", mode);
      sets.add(on);
    }
    Map<String, Object> off = new LinkedHashMap<>();
    flags.forEach(f -> off.put(f, false));
    sets.add(off);
    sets.add(cluster);
    return sets;
  }

  static Map<String, Object> clusterValues(Path file) throws Exception {
    Map<String, Object> values = new LinkedHashMap<>();
    if (!Files.exists(file)) {
      return values;
    }
    Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
    for (Object doc : yaml.loadAll(Files.readString(file))) {
      if (doc instanceof Map<?, ?> map) {
        map.forEach((k, v) -> values.put(String.valueOf(k), v));
      }
    }
    return values;
  }

  /** Maps with sorted keys, lists sorted by their items' text: list order is not compared. */
  static Object canonical(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> sorted = new TreeMap<>();
      map.forEach((k, v) -> sorted.put(String.valueOf(k), canonical(v)));
      return sorted;
    }
    if (value instanceof List<?> list) {
      List<String> items = new ArrayList<>();
      list.forEach(i -> items.add(String.valueOf(canonical(i))));
      items.sort(null);
      return items;
    }
    return String.valueOf(value);
  }
}
