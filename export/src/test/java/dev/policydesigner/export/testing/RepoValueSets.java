package dev.policydesigner.export.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The four value sets a repo's templates are checked with, read independently of the product's
 * expression code: <b>all-on audit</b> and <b>all-on enforce</b> (every boolean flag the guards
 * test set true, {@code network_policies_mode} audit or enforce), <b>all-off</b> (every such flag
 * false) and <b>cluster.yaml</b> as it is. Other variables keep their {@code cluster.yaml} value or
 * fall back to the template's {@code default(...)}.
 *
 * <p>A boolean flag is a name a guard tests as {@code x | default(false)} / {@code default(true)}
 * or bare ({@code if x}, {@code not x}, {@code x and y}); a name compared with a value ({@code x |
 * default('a') == 'b'}, {@code x | default(1) > 1}, {@code x in [...]}) is not a flag.
 */
public final class RepoValueSets {
  private static final Pattern STATEMENT = Pattern.compile("#%-?\\s*(?:el)?if\\s+(.*?)-?%#");
  private static final Pattern DEFAULTED =
      Pattern.compile("\\b([A-Za-z_]\\w*)\\s*\\|\\s*default\\(\\s*(?:true|false)\\s*\\)");
  private static final Pattern BARE =
      Pattern.compile(
          "(?:^|\\bnot\\s+|\\band\\s+|\\bor\\s+|\\()\\s*([A-Za-z_]\\w*)\\s*(?=$|\\)|\\band\\b|\\bor\\b)");
  private static final Set<String> NOT_FLAGS =
      Set.of("true", "false", "none", "True", "False", "None", "not", "and", "or", "enforce");
  private static final String MODE = "network_policies_mode";

  private RepoValueSets() {}

  /** The boolean flags the guards of these template texts test. */
  public static Set<String> booleanFlags(Collection<String> templateTexts) {
    Set<String> flags = new TreeSet<>();
    for (String text : templateTexts) {
      Matcher st = STATEMENT.matcher(text);
      while (st.find()) {
        String condition = st.group(1).strip();
        Matcher d = DEFAULTED.matcher(condition);
        while (d.find()) {
          if (!comparedAfter(condition, d.end())) {
            flags.add(d.group(1));
          }
        }
        Matcher b = BARE.matcher(condition);
        while (b.find()) {
          flags.add(b.group(1));
        }
      }
    }
    flags.removeAll(NOT_FLAGS);
    flags.remove(MODE);
    return flags;
  }

  private static boolean comparedAfter(String condition, int end) {
    String rest = condition.substring(end).stripLeading();
    return rest.startsWith("==")
        || rest.startsWith("!=")
        || rest.startsWith("<")
        || rest.startsWith(">")
        || rest.startsWith("in ")
        || rest.startsWith("|");
  }

  /** The values of {@code repo/cluster.yaml} (empty when there is none). */
  public static Map<String, Object> clusterValues(Path repo) throws IOException {
    Map<String, Object> values = new LinkedHashMap<>();
    Path file = repo.resolve("cluster.yaml");
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

  /** The four value sets by name, in the order all-on audit, all-on enforce, all-off, cluster. */
  public static Map<String, Map<String, Object>> of(
      Map<String, Object> cluster, Set<String> flags) {
    Map<String, Map<String, Object>> sets = new LinkedHashMap<>();
    for (String mode : new String[] {"audit", "enforce"}) {
      Map<String, Object> on = new LinkedHashMap<>(cluster);
      flags.forEach(f -> on.put(f, true));
      on.put(MODE, mode);
      sets.put("all-on " + mode, on);
    }
    Map<String, Object> off = new LinkedHashMap<>(cluster);
    flags.forEach(f -> off.put(f, false));
    sets.put("all-off", off);
    sets.put("cluster.yaml", new LinkedHashMap<>(cluster));
    return sets;
  }
}
