package dev.policydesigner.export.template.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.policydesigner.export.template.TemplateWriter;
import dev.policydesigner.export.testing.MakejinjaOracle;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.PolicyFile;
import dev.policydesigner.model.derive.PolicyDeriver;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Import, then regenerate every file from the graph: each regenerated file renders to the same
 * documents as the original (order of lists aside) for all flags on in audit and enforce mode, all
 * flags off, and the repo's cluster.yaml.
 */
class RegenerateRoundTripTest {
  private static final Pattern FLAG = Pattern.compile("(\\w+) \\| default\\(");
  private static final Path SHARED = Path.of(System.getProperty("shared.dir"));

  @TempDir Path repo;
  @TempDir Path out;

  @Test
  void regeneratedSampleRepoAndSeedFilesRenderLikeTheOriginals() throws Exception {
    RepoImporterTest.copyTree(SHARED.resolve("fixtures/sample-repo"), repo);
    String apps = "templates/config/kubernetes/apps/";
    Files.copy(
        SHARED.resolve("seed/expected/hubble-ui.yaml.j2"),
        repo.resolve(apps + "kube-system/network-policies/app/hubble-ui.yaml.j2"));
    Path rustfs = repo.resolve(apps + "storage/rustfs/app/networkpolicy.yaml.j2");
    Files.copy(SHARED.resolve("seed/expected/rustfs-networkpolicy.yaml.j2"), rustfs);
    ImportResult result = new RepoImporter().importRepo(repo, null);
    assertFalse(result.hasErrors(), result.problems().toString());
    Diagram d = result.diagram();
    assertEquals(4, d.files().size());
    Map<String, Object> cluster = clusterValues(repo.resolve("cluster.yaml"));
    MakejinjaOracle oracle = new MakejinjaOracle();
    for (PolicyFile f : d.files()) {
      String text = new TemplateWriter().write(new PolicyDeriver().deriveFile(d, f));
      Path regenerated = out.resolve(f.path().replace('/', '_'));
      Files.writeString(regenerated, text);
      Path original = repo.resolve(f.path());
      for (Map<String, Object> values : valueSets(Files.readString(original), cluster)) {
        Object before = canonical(oracle.render(original, values).documents());
        Object after = canonical(oracle.render(regenerated, values).documents());
        assertEquals(before, after, f.path() + " with " + values + "\n" + text);
      }
    }
  }

  private static List<Map<String, Object>> valueSets(String text, Map<String, Object> cluster) {
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

  private static Map<String, Object> clusterValues(Path file) throws Exception {
    Map<String, Object> values = new LinkedHashMap<>();
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
