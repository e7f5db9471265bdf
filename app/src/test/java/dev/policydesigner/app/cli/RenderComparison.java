package dev.policydesigner.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * Renders two templates through the real makejinja oracle ({@code ORACLE_PYTHON} or {@code python3}
 * running {@code shared/tools/makejinja-render.py}) with all flags on in audit and enforce mode,
 * all flags off and the repo's cluster.yaml, and asserts the same documents — order of rules, peers
 * and ports aside, and forms Cilium treats alike normalised.
 */
final class RenderComparison {
  private static final Pattern FLAG = Pattern.compile("(\\w+) \\| default\\(");
  private final Map<String, Object> cluster;

  RenderComparison(Path clusterYaml) throws IOException {
    cluster = new LinkedHashMap<>();
    Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
    for (Object doc : yaml.loadAll(Files.readString(clusterYaml))) {
      if (doc instanceof Map<?, ?> map) {
        map.forEach((k, v) -> cluster.put(String.valueOf(k), v));
      }
    }
  }

  void assertRendersLike(Path original, Path regenerated) throws Exception {
    TreeSet<String> flags = new TreeSet<>();
    Matcher m = FLAG.matcher(Files.readString(original) + Files.readString(regenerated));
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
    for (Map<String, Object> values : sets) {
      List<Object> before = render(original, values);
      assertEquals(
          canonical(before),
          canonical(render(regenerated, values)),
          regenerated + " with " + values + "\n" + Files.readString(regenerated));
    }
  }

  @SuppressWarnings("unchecked")
  static List<Object> render(Path template, Map<String, Object> values) throws Exception {
    String python = System.getenv("ORACLE_PYTHON");
    List<String> command = new ArrayList<>();
    command.add(python == null || python.isBlank() ? "python3" : python);
    command.add(SampleRepoCopy.shared().resolve("tools/makejinja-render.py").toString());
    command.add(template.toString());
    command.add("--json");
    values.forEach((k, v) -> command.addAll(List.of("-s", k + "=" + v)));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new AssertionError("render failed: " + command + "\n" + out);
    }
    return (List<Object>) new ObjectMapper().readValue(out, Map.class).get("documents");
  }

  /** Maps with sorted keys, lists sorted by their items' text. */
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
