package dev.policydesigner.export.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.policydesigner.export.testing.MakejinjaOracle;
import dev.policydesigner.export.testing.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every template of the sample repo and of the seed renders byte for byte as real Jinja2 renders
 * it, in audit and enforce mode with every flag on and with every flag off, and with the repo's
 * values.
 */
class MakejinjaRendererOracleTest {
  private static final Pattern FLAG = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\s*\\|\\s*default");
  private static final String MODE = "network_policies_mode";

  private final MakejinjaRenderer renderer = new MakejinjaRenderer();

  static Path sampleRepo() {
    return TestData.sampleRepo();
  }

  static List<Path> templates() throws IOException {
    List<Path> all = new ArrayList<>();
    try (Stream<Path> s = Files.walk(sampleRepo().resolve("templates"))) {
      s.filter(p -> p.toString().endsWith(".j2")).sorted().forEach(all::add);
    }
    try (Stream<Path> s = Files.list(TestData.resolve("seed/expected"))) {
      s.filter(p -> p.toString().endsWith(".j2")).sorted().forEach(all::add);
    }
    return all;
  }

  static TreeSet<String> flags(List<Path> templates) throws IOException {
    TreeSet<String> flags = new TreeSet<>();
    for (Path t : templates) {
      Matcher m = FLAG.matcher(Files.readString(t));
      while (m.find()) {
        flags.add(m.group(1));
      }
    }
    flags.remove(MODE);
    return flags;
  }

  static Stream<Arguments> cases() throws IOException {
    List<Path> templates = templates();
    TreeSet<String> flags = flags(templates);
    List<Arguments> cases = new ArrayList<>();
    for (Path t : templates) {
      for (String mode : List.of("audit", "enforce")) {
        for (boolean on : List.of(true, false)) {
          List<String> sets = new ArrayList<>();
          sets.add(MODE + "=" + mode);
          flags.forEach(f -> sets.add(f + "=" + on));
          String name = sampleRepo().getParent().relativize(t) + " " + mode + " flags=" + on;
          cases.add(Arguments.of(name, t, false, sets));
        }
      }
      String name = sampleRepo().getParent().relativize(t) + " with cluster.yaml";
      cases.add(Arguments.of(name, t, true, List.of()));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rendersLikeJinja2(String name, Path template, boolean repoValues, List<String> sets)
      throws Exception {
    Path clusterYaml = sampleRepo().resolve("cluster.yaml");
    String expected =
        MakejinjaOracle.renderFileText(
            template, repoValues ? List.of(clusterYaml.toString()) : List.of(), sets);
    ValuesSource values = repoValues ? ValuesSource.ofRepo(sampleRepo()) : ValuesSource.empty();
    String actual =
        renderer.render(Files.readString(template), values.withOverrides(sets).values());
    assertEquals(expected, actual, name);
  }
}
