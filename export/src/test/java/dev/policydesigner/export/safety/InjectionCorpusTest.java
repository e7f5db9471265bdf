package dev.policydesigner.export.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.export.diagram.file.DiagramFileException;
import dev.policydesigner.export.diagram.file.DiagramFileReader;
import dev.policydesigner.export.diagram.file.DiagramFileWriter;
import dev.policydesigner.export.plan.ExportBlockedException;
import dev.policydesigner.export.plan.ExportPlan;
import dev.policydesigner.export.plan.Exporter;
import dev.policydesigner.export.plan.FileChange;
import dev.policydesigner.export.repo.RepoCheckout;
import dev.policydesigner.export.repo.RepoException;
import dev.policydesigner.export.template.TemplateWriter;
import dev.policydesigner.export.template.read.RepoImporter;
import dev.policydesigner.export.testing.BatchRenderer;
import dev.policydesigner.export.testing.TestData;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.example.Examples;
import dev.policydesigner.model.lint.FlagNames;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Every field a user can write in a diagram file, set to each of a corpus of hostile texts, is
 * either refused with a location or exported so that real Jinja2 renders it as plain data: the YAML
 * parses, has exactly the keys the same field with a harmless text gives (the hostile text standing
 * where the harmless one stood), and no code ran.
 */
class InjectionCorpusTest {
  private static final String MARKER = "harmless-marker";
  private static final String SLOT = "zzslotzz";

  @TempDir Path dir;
  private List<Diagram> bases;

  private static Path copy(Path from, Path to) throws Exception {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
        }
      }
    }
    return to;
  }

  private List<String> hostile() {
    String pwned = dir.resolve("pwned").toString();
    return List.of(
        "#{ 7*7 }#",
        "7*7",
        "#% if true %#x#% endif %#",
        "#| comment #|",
        "a %# b }# c #| d",
        "it's \"quoted\"",
        "a: b",
        "x\nnamePrefix: pwned-\n",
        "a\u2028b",
        "#{ cycler.__init__.__globals__.os.popen('touch " + pwned + "').read() }#",
        "{{ cycler.__init__.__globals__.os.popen('touch " + pwned + "').read() }}",
        "a\n---\nkind: Secret",
        "#{ x | default('a: b') }#",
        "back\\slash #\\{ x }#");
  }

  /** Where a field sits in the diagram file: keys and list indexes; a key ends in "=key". */
  record Field(List<Object> path) {
    @Override
    public String toString() {
      return path.toString();
    }
  }

  /** What became of one field value. */
  record Outcome(String refusedAt, Map<String, String> templates) {}

  @Test
  void everyFieldRefusesHostileTextWithALocationOrWritesItAsPlainData() throws Exception {
    RepoCheckout sample = RepoCheckout.open(TestData.copySampleRepo(dir));
    Path corpus = copy(Path.of(getClass().getResource("/import-corpus").toURI()), dir.resolve("c"));
    RepoCheckout imported = RepoCheckout.open(corpus);
    Diagram fromCorpus = new RepoImporter().importRepo(corpus, null).diagram();
    assertTrue(
        fromCorpus.files().stream()
            .anyMatch(f -> f.importedFile().map(i -> !i.verbatim().isEmpty()).orElse(false)),
        "the corpus gives parts kept as written");
    bases = List.of(Examples.hubble(), Examples.rustfs(), fromCorpus);
    for (Diagram example : bases) {
      RepoCheckout checkout = example == fromCorpus ? imported : sample;
      Map<String, Object> base = withOptionalFields(load(DiagramFileWriter.write(example)));
      List<Field> fields = new ArrayList<>();
      collect(base, new ArrayList<>(), fields);
      Set<String> kinds = new HashSet<>();
      for (Field field : fields) {
        // one field of each kind: the same field of another node, flow or file is written alike
        if (kinds.add(kind(base, field))) {
          tryField(base, field, checkout);
        }
      }
    }
    assertEquals(List.of(), refusedWithoutLocation, "refusals must say where");
    assertEquals(List.of(), problems);
    compareRenders();
    assertFalse(Files.exists(dir.resolve("pwned")), "no template ran the payload");
    assertTrue(refused > 0 && exported > 0, refused + " refused, " + exported + " exported");
    System.out.println(
        "injection corpus: "
            + refused
            + " refused, "
            + exported
            + " exported as data, in "
            + exportedKinds.size()
            + " kinds of field");
  }

  private final List<String> refusedWithoutLocation = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();
  private final Map<String, Integer> templates = new LinkedHashMap<>();
  private final List<Object[]> comparisons = new ArrayList<>();
  private final Set<String> exportedKinds = new java.util.TreeSet<>();
  private int refused;
  private int exported;

  /** Tries every hostile text in {@code field}, noting refusals and templates to compare. */
  private void tryField(Map<String, Object> base, Field field, RepoCheckout checkout) {
    String withSlot = set(base, field, SLOT);
    Outcome safe = judge(fill(withSlot, MARKER), checkout);
    for (String text : hostile()) {
      Outcome o = judge(fill(withSlot, text), checkout);
      if (o.refusedAt() != null) {
        refused++;
        if (o.refusedAt().isEmpty()) {
          refusedWithoutLocation.add(field + " = " + text);
        }
        continue;
      }
      exported++;
      exportedKinds.add(kind(base, field));
      if (safe.templates() == null) {
        problems.add(field + ": accepts " + text + " but not " + MARKER);
        continue;
      }
      for (Map.Entry<String, String> t : o.templates().entrySet()) {
        String harmless = safe.templates().getOrDefault(t.getKey(), "");
        if (!t.getValue().equals(harmless)) { // else the field does not reach this file
          comparisons.add(
              new Object[] {
                field + " = " + text + " in " + t.getKey(),
                text,
                templates.computeIfAbsent(t.getValue(), k -> templates.size()),
                templates.computeIfAbsent(harmless, k -> templates.size())
              });
        }
      }
    }
  }

  private void compareRenders() {
    List<Map<String, Object>> values = new ArrayList<>();
    for (String mode : List.of("enforce", "audit")) {
      Map<String, Object> v = new LinkedHashMap<>();
      for (Diagram d : bases) {
        FlagNames.of(d).names().forEach(f -> v.put(f, true));
        v.put(d.settings().enabledFlag(), true);
        v.put(d.settings().modeFlag(), mode);
      }
      values.add(v);
    }
    List<List<BatchRenderer.Outcome>> renders =
        new BatchRenderer(dir).renderAll(List.copyOf(templates.keySet()), values);
    List<String> differences = new ArrayList<>();
    for (int i = 0; i < comparisons.size(); i++) {
      List<BatchRenderer.Outcome> hostile = renders.get((Integer) comparisons.get(i)[2]);
      List<BatchRenderer.Outcome> safe = renders.get((Integer) comparisons.get(i)[3]);
      String what = (String) comparisons.get(i)[0];
      String text = (String) comparisons.get(i)[1];
      for (int v = 0; v < values.size(); v++) {
        BatchRenderer.Outcome h = hostile.get(v);
        BatchRenderer.Outcome s = safe.get(v);
        if (h.error() != null) {
          differences.add(what + ": Jinja2/YAML failed: " + h.error());
        } else if (s.error() == null
            && !h.render().documents().equals(replace(s.render().documents(), text))
            && !h.render().documents().equals(replace(s.render().documents(), text.strip()))) {
          differences.add(what + ": renders differently from the harmless text");
        }
      }
    }
    assertEquals(List.of(), differences);
  }

  /** {@code value} with every {@link #MARKER} in strings and keys replaced by {@code text}. */
  private static Object replace(Object value, String text) {
    if (value instanceof String s) {
      return s.replace(MARKER, text);
    }
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(replace(k, text), replace(v, text)));
      return out;
    }
    if (value instanceof List<?> list) {
      return list.stream().map(i -> replace(i, text)).toList();
    }
    return value;
  }

  private Outcome judge(String text, RepoCheckout checkout) {
    Diagram d;
    try {
      d = DiagramFileReader.read(text, "corpus.flows.yaml");
    } catch (DiagramFileException e) {
      boolean located =
          e.details().stream().allMatch(s -> s.matches("(?s)corpus\\.flows\\.yaml:\\d+:\\d+: .*"));
      return new Outcome(located ? "read" : "", null);
    }
    try {
      ExportPlan plan = new Exporter().plan(d, checkout, new TemplateWriter()::write);
      Map<String, String> out = new LinkedHashMap<>();
      for (FileChange f : plan.files()) {
        out.put(f.path(), f.after());
      }
      return new Outcome(null, out);
    } catch (ExportBlockedException e) {
      boolean located = e.errors().stream().allMatch(p -> !p.where().isEmpty());
      return new Outcome(located ? "check" : "", null);
    } catch (RepoException e) {
      return new Outcome(e.getMessage().contains("templates/") ? "export" : "", null);
    }
  }

  private static Map<String, Object> load(String text) {
    return new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
  }

  /** Adds the optional keys the examples leave out, so that they are tried too. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> withOptionalFields(Map<String, Object> diagram) {
    List<Map<String, Object>> nodes = (List<Map<String, Object>>) diagram.get("nodes");
    for (Map<String, Object> n : nodes) {
      if ("workload".equals(n.get("type"))) {
        n.putIfAbsent("condition", "extra_enabled | default(false)");
        break;
      }
    }
    List<Map<String, Object>> flows = (List<Map<String, Object>>) diagram.get("flows");
    flows.get(0).putIfAbsent("condition", "extra_enabled | default(false)");
    return diagram;
  }

  /**
   * What kind of field it is: its path with list positions left out, and the type of the node or
   * the section of the part kept as written it belongs to.
   */
  @SuppressWarnings("unchecked")
  private static String kind(Map<String, Object> base, Field field) {
    StringBuilder kind = new StringBuilder();
    Object at = base;
    for (Object step : field.path()) {
      if (step instanceof Integer i && at instanceof List<?> list) {
        at = list.get(i);
        if (at instanceof Map<?, ?> m) {
          kind.append("[").append(m.get("type")).append(m.get("section")).append("]");
        }
      } else {
        String key = String.valueOf(step);
        kind.append('.').append(key.endsWith("=key") ? "=key" : key);
        at = at instanceof Map<?, ?> m ? ((Map<String, Object>) m).get(key) : null;
      }
    }
    return kind.toString();
  }

  /** Every scalar below {@code value}, and the keys of label maps. */
  private static void collect(Object value, List<Object> path, List<Field> out) {
    if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        List<Object> p = new ArrayList<>(path);
        p.add(String.valueOf(e.getKey()));
        if (!path.isEmpty() && "labels".equals(path.get(path.size() - 1))) {
          List<Object> key = new ArrayList<>(path);
          key.add(e.getKey() + "=key");
          out.add(new Field(key));
        }
        if (!p.equals(List.of("version"))) {
          collect(e.getValue(), p, out);
        }
      }
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        List<Object> p = new ArrayList<>(path);
        p.add(i);
        collect(list.get(i), p, out);
      }
    } else {
      out.add(new Field(path));
    }
  }

  /** The diagram file text with {@code field} set to {@code text}. */
  @SuppressWarnings("unchecked")
  private static String set(Map<String, Object> base, Field field, String text) {
    Map<String, Object> copy = (Map<String, Object>) deepCopy(base);
    Object parent = copy;
    List<Object> path = field.path();
    for (Object step : path.subList(0, path.size() - 1)) {
      parent =
          step instanceof Integer i
              ? ((List<Object>) parent).get(i)
              : ((Map<String, Object>) parent).get(step);
    }
    Object last = path.get(path.size() - 1);
    if (last instanceof Integer i) {
      ((List<Object>) parent).set(i, text);
    } else if (((String) last).endsWith("=key")) {
      Map<String, Object> map = (Map<String, Object>) parent;
      String key = ((String) last).substring(0, ((String) last).length() - 4);
      Map<String, Object> renamed = new LinkedHashMap<>();
      map.forEach((k, v) -> renamed.put(k.equals(key) ? text : k, v));
      map.clear();
      map.putAll(renamed);
    } else {
      ((Map<String, Object>) parent).put((String) last, text);
    }
    return dump(copy);
  }

  /** The file text with the slot replaced by {@code text} as a double-quoted YAML scalar. */
  private static String fill(String withSlot, String text) {
    StringBuilder q = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        q.append('\\').append(c);
      } else if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029' || c == '\u0085') {
        q.append(String.format("\\u%04x", (int) c));
      } else {
        q.append(c);
      }
    }
    String quoted = q.append('"').toString();
    if (withSlot.indexOf(SLOT) != withSlot.lastIndexOf(SLOT)) {
      throw new IllegalStateException("the slot appears twice");
    }
    return withSlot.replace(SLOT, quoted);
  }

  private static Object deepCopy(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(k, deepCopy(v)));
      return out;
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      list.forEach(i -> out.add(deepCopy(i)));
      return out;
    }
    return value;
  }

  private static String dump(Object tree) {
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setWidth(1000);
    return new Yaml(options).dump(tree);
  }
}
