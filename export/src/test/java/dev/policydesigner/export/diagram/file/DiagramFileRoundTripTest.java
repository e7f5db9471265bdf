package dev.policydesigner.export.diagram.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.model.CidrNode;
import dev.policydesigner.model.DefaultDenyStyle;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Entity;
import dev.policydesigner.model.EntityNode;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.FqdnNode;
import dev.policydesigner.model.FqdnSelector;
import dev.policydesigner.model.Guard;
import dev.policydesigner.model.HttpRule;
import dev.policydesigner.model.KindHint;
import dev.policydesigner.model.L7Rules;
import dev.policydesigner.model.Label;
import dev.policydesigner.model.NetworkPolicyFallback;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.PolicyFile;
import dev.policydesigner.model.PolicySubject;
import dev.policydesigner.model.PortRange;
import dev.policydesigner.model.Position;
import dev.policydesigner.model.Protocol;
import dev.policydesigner.model.Settings;
import dev.policydesigner.model.Workload;
import dev.policydesigner.model.WorkloadPort;
import dev.policydesigner.model.example.Examples;
import dev.policydesigner.model.expr.Condition;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

class DiagramFileRoundTripTest {
  /** Texts YAML could take for something else, or that need quoting or escaping. */
  private static final List<String> AWKWARD =
      List.of(
          "true",
          "80",
          "yes",
          "No",
          "null",
          "~",
          "",
          "a: b",
          "*star",
          "&anchor",
          "#hash",
          "%percent",
          "@at",
          "`tick`",
          "!bang",
          "|pipe",
          ">fold",
          "- dash",
          "? query",
          "[list]",
          "{map}",
          "'single'",
          "\"double\"",
          "it's",
          "ünïcødé ✓ 日本",
          "  leading",
          "trailing  ",
          "multi\nline",
          "tab\there",
          "bell\u0007",
          "0x1F",
          "1e3",
          "0o17",
          "2024-01-01",
          "---",
          "...",
          "=",
          "<<",
          "a #comment",
          "x:",
          "\\back\\slash",
          "🐝 emoji");

  @ParameterizedTest
  @ValueSource(strings = {"hubble", "rustfs"})
  void writingWhatWasReadGivesTheSameBytes(String name) throws DiagramFileException {
    String text = DiagramFileWriter.write(Examples.byName(name).orElseThrow());
    String again = DiagramFileWriter.write(DiagramFileReader.read(text, name + ".flows.yaml"));
    assertEquals(text, again);
  }

  @ParameterizedTest
  @ValueSource(strings = {"hubble", "rustfs"})
  void readingWhatWasWrittenGivesAnEqualDiagram(String name) throws DiagramFileException {
    Diagram diagram = Examples.byName(name).orElseThrow();
    String text = DiagramFileWriter.write(diagram);
    assertEquals(diagram, DiagramFileReader.read(text, name + ".flows.yaml"));
  }

  @org.junit.jupiter.api.Test
  void collapsedNamespacesAreKeptInTheCanvasSection() throws DiagramFileException {
    Diagram diagram =
        Examples.rustfs().withCollapsedNamespaces(java.util.Set.of("storage", "monitoring"));
    String text = DiagramFileWriter.write(diagram);
    assertTrue(
        text.contains("canvas:\n  collapsedNamespaces:\n    - monitoring\n    - storage\n"), text);
    assertEquals(diagram, DiagramFileReader.read(text, "rustfs.flows.yaml"));
    assertFalse(DiagramFileWriter.write(Examples.rustfs()).contains("canvas:"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"hubble", "rustfs"})
  void startsWithTheVersionAndWritesWholePositionsAsIntegers(String name) {
    String text = DiagramFileWriter.write(Examples.byName(name).orElseThrow());
    assertTrue(text.startsWith("version: 1\nname: " + name + "\n"), text);
    assertTrue(text.contains("    position:\n      x: 40\n"), text);
    assertTrue(!text.contains(".0\n"), text);
  }

  static List<String> awkwardTexts() {
    return AWKWARD;
  }

  @ParameterizedTest
  @MethodSource("awkwardTexts")
  void awkwardTextsAreWrittenSoAnyYamlReaderSeesTheSameString(String text) {
    Diagram diagram =
        Diagram.empty("n").withTitle(text, text).withFiles(List.of()).withNodes(List.of());
    Map<String, Object> loaded =
        new Yaml(new SafeConstructor(new LoaderOptions())).load(DiagramFileWriter.write(diagram));
    assertEquals(text, loaded.get("name"));
    if (!text.isEmpty()) {
      assertEquals(text, loaded.get("description"));
    }
  }

  static IntStream seeds() {
    return IntStream.range(0, 12);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void diagramsWithAwkwardTextsRoundTrip(int seed) throws DiagramFileException {
    Diagram diagram = awkwardDiagram(new Random(seed));
    String text = DiagramFileWriter.write(diagram);
    Diagram read = DiagramFileReader.read(text, "awkward.flows.yaml");
    assertEquals(diagram, read, text);
    assertEquals(text, DiagramFileWriter.write(read));
  }

  /** A comparison with an awkward text, where the expression language allows that text. */
  private static String condition(Random random) {
    String candidate = "flag_" + random.nextInt(9) + " == '" + pick(random).replace("'", "") + "'";
    return Condition.isValid(candidate) ? candidate : "flag_0 == 'plain'";
  }

  private static Diagram awkwardDiagram(Random random) {
    List<Node> nodes =
        List.of(
            new Workload(
                "web",
                pick(random),
                KindHint.UI,
                "shop",
                List.of(new Label("app", "web"), new Label("tier", "")),
                List.of(new WorkloadPort(8080, Protocol.TCP, "http", 80)),
                condition(random),
                new Position(random.nextInt(2000) - 1000, random.nextDouble() * 1000)),
            new EntityNode(
                "world", pick(random), List.of(Entity.WORLD, Entity.REMOTE_NODE), Position.ORIGIN),
            new CidrNode(
                "office",
                pick(random),
                "10.0.0.0/8",
                List.of("10.1.0.0/16"),
                new Position(0.5, -7)),
            new FqdnNode(
                "api",
                pick(random),
                List.of(FqdnSelector.name("api.example.org"), FqdnSelector.pattern("*.s3.aws")),
                new Position(1e-7, 123456.789)));
    L7Rules l7 =
        new L7Rules(
            List.of(new HttpRule("GET", "/" + pick(random).strip(), null)),
            List.of(FqdnSelector.pattern("*.example.org")));
    List<Flow> flows =
        List.of(
            new Flow(
                "f1",
                "web",
                "api",
                List.of(new PortRange(443, 450, Protocol.TCP)),
                l7,
                null,
                pick(random),
                pick(random)),
            new Flow("f2", "world", "web", List.of(), L7Rules.NONE, "a and b", pick(random), null));
    PolicySubject subject =
        new PolicySubject(
            "web",
            "web",
            pick(random),
            pick(random),
            pick(random),
            NetworkPolicyFallback.PRECISE,
            true);
    PolicyFile file =
        new PolicyFile(
            "templates/apps/shop/web.yaml.j2",
            Guard.of("shop_enabled | default(false)", condition(random)),
            DefaultDenyStyle.INLINE,
            List.of(subject),
            "templates/apps/shop/kustomization.yaml.j2");
    Settings settings = new Settings("np_on", "np_mode", DefaultDenyStyle.NONE, "{app}.yaml.j2");
    return new Diagram(pick(random), pick(random), nodes, flows, List.of(file), settings);
  }

  private static String pick(Random random) {
    return AWKWARD.get(random.nextInt(AWKWARD.size()))
        + (random.nextBoolean() ? "" : AWKWARD.get(random.nextInt(AWKWARD.size())));
  }
}
