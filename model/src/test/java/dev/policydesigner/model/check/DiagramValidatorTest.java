package dev.policydesigner.model.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.model.CidrNode;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Entity;
import dev.policydesigner.model.EntityNode;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.FqdnNode;
import dev.policydesigner.model.FqdnSelector;
import dev.policydesigner.model.Guard;
import dev.policydesigner.model.KindHint;
import dev.policydesigner.model.Label;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.PolicyFile;
import dev.policydesigner.model.PolicySubject;
import dev.policydesigner.model.PortRange;
import dev.policydesigner.model.Position;
import dev.policydesigner.model.Protocol;
import dev.policydesigner.model.Workload;
import dev.policydesigner.model.WorkloadPort;
import dev.policydesigner.model.example.Examples;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DiagramValidatorTest {
  private static final String APP_PATH = "templates/config/kubernetes/apps/x/app/np.yaml.j2";

  @ParameterizedTest
  @ValueSource(strings = {"hubble", "rustfs"})
  void findsNoProblemInTheBuiltInExamples(String name) {
    assertEquals(List.of(), DiagramValidator.validate(Examples.byName(name).orElseThrow()));
  }

  static Stream<Object[]> brokenDiagrams() {
    return Stream.of(
        new Object[] {"namespace", edit(d -> d.mapNode("web", n -> web().withNamespace("Web")))},
        new Object[] {
          "label key", edit(d -> d.mapNode("web", n -> web().withLabels(labels("app/", "x"))))
        },
        new Object[] {
          "label value", edit(d -> d.mapNode("web", n -> web().withLabels(labels("app", "-x"))))
        },
        new Object[] {
          "port",
          edit(d -> d.mapNode("web", n -> web().withPorts(List.of(WorkloadPort.tcp(70000)))))
        },
        new Object[] {
          "flow port", edit(d -> d.mapFlow("f1", f -> f.withPorts(List.of(PortRange.tcp(0)))))
        },
        new Object[] {
          "end port",
          edit(d -> d.mapFlow("f1", f -> f.withPorts(List.of(new PortRange(90, 80, Protocol.TCP)))))
        },
        new Object[] {
          "cidr",
          edit(d -> d.mapNode("net", n -> ((CidrNode) n).withCidr("10.0.0.0/33", List.of())))
        },
        new Object[] {
          "cidr except outside",
          edit(
              d ->
                  d.mapNode(
                      "net", n -> ((CidrNode) n).withCidr("10.0.0.0/8", List.of("11.0.0.0/16"))))
        },
        new Object[] {
          "fqdn",
          edit(
              d ->
                  d.mapNode(
                      "api",
                      n -> ((FqdnNode) n).withSelectors(List.of(FqdnSelector.name("*.x.org")))))
        },
        new Object[] {
          "flow condition", edit(d -> d.mapFlow("f1", f -> f.withCondition("a and (b")))
        },
        new Object[] {
          "workload condition", edit(d -> d.mapNode("web", n -> web().withCondition("#% if x %#")))
        },
        new Object[] {
          "no entities",
          edit(d -> d.mapNode("world", n -> ((EntityNode) n).withEntities(List.of())))
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenDiagrams")
  void reportsInvalidValuesAsErrorsNamingTheNodeOrFlow(String what, Diagram diagram) {
    List<Problem> problems = DiagramValidator.validate(diagram);
    assertEquals(1, problems.size(), problems.toString());
    Problem p = problems.get(0);
    assertEquals("invalid-value", p.code());
    assertEquals(Severity.ERROR, p.severity());
    if (p.nodeId() != null) {
      Node node = diagram.node(p.nodeId()).orElseThrow();
      assertTrue(p.message().contains("\"" + node.id() + "\" (" + node.name() + ")"), p.message());
    } else {
      assertEquals("f1", p.flowId());
      assertTrue(p.message().startsWith("flow \"f1\" (Web → Database)"), p.message());
    }
  }

  @Test
  void warnsWhenACidrHasHostBits() {
    Diagram d = edit(x -> x.mapNode("net", n -> ((CidrNode) n).withCidr("10.0.0.1/8", List.of())));
    Problem p = single(d);
    assertEquals("cidr-host-bits", p.code());
    assertEquals(Severity.WARNING, p.severity());
    assertEquals("net", p.nodeId());
  }

  @Test
  void reportsAFlowToAnUnknownNode() {
    Problem p = single(edit(d -> d.mapFlow("f1", f -> f.withEnds("web", "ghost"))));
    assertEquals("unknown-node", p.code());
    assertEquals("ghost", p.to());
    assertTrue(p.message().contains("\"ghost\""), p.message());
  }

  @Test
  void reportsDuplicateIdsOfNodesAndFlows() {
    Diagram d = base();
    List<Node> nodes = new ArrayList<>(d.nodes());
    nodes.add(new EntityNode("f1", "Cluster", List.of(Entity.CLUSTER), Position.ORIGIN));
    Problem p = single(d.withNodes(nodes).withFlows(d.flows()));
    assertEquals("duplicate-id", p.code());
    assertEquals("f1", p.flowId());
  }

  @Test
  void reportsASubjectThatIsNotAWorkload() {
    Diagram d = edit(x -> x.withFiles(List.of(file("templates/ok.yaml.j2", "world"))));
    Problem p = single(d);
    assertEquals("unknown-subject", p.code());
    assertEquals("templates/ok.yaml.j2", p.file());
    assertTrue(p.message().contains("is not a workload"), p.message());
  }

  @Test
  void reportsAWorkloadThatIsSubjectInTwoFiles() {
    Diagram d =
        edit(
            x ->
                x.withFiles(
                    List.of(
                        file("templates/a.yaml.j2", "web"), file("templates/b.yaml.j2", "web"))));
    Problem p = single(d);
    assertEquals("duplicate-subject", p.code());
    assertEquals("templates/b.yaml.j2", p.file());
    assertTrue(p.message().contains("templates/a.yaml.j2"), p.message());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/etc/np.yaml.j2", "../np.yaml.j2", "a/../../np.yaml.j2", "np.yaml"})
  void reportsPathsOutsideTheRepoOrNotTemplates(String path) {
    Problem p = single(edit(x -> x.withFiles(List.of(file(path, "web")))));
    assertEquals("invalid-path", p.code());
    assertEquals(path, p.file());
  }

  @Test
  void reportsTwoPoliciesWithOneKindNamespaceAndName() {
    Workload other =
        new Workload(
            "web2",
            "Web 2",
            KindHint.APP,
            "web",
            labels("app", "web2"),
            List.of(),
            null,
            Position.ORIGIN);
    PolicyFile second =
        new PolicyFile(
            "templates/other.yaml.j2",
            Guard.ALWAYS,
            null,
            List.of(new PolicySubject("web2", "web-policy", null, null, null, null)),
            null);
    Diagram d =
        edit(
            x ->
                x.withNodes(append(x.nodes(), other)).withFiles(List.of(x.files().get(0), second)));
    Problem p = single(d);
    assertEquals("duplicate-policy", p.code());
    assertEquals("templates/other.yaml.j2", p.file());
    assertTrue(p.message().contains("CiliumNetworkPolicy web/web-policy"), p.message());
    assertTrue(p.message().contains(APP_PATH), p.message());
    Diagram otherNamespace =
        edit(
            x ->
                x.withNodes(append(x.nodes(), other.withNamespace("shop")))
                    .withFiles(List.of(x.files().get(0), second)));
    assertEquals(List.of(), DiagramValidator.validate(otherNamespace));
  }

  private static List<Node> append(List<Node> nodes, Node node) {
    List<Node> all = new java.util.ArrayList<>(nodes);
    all.add(node);
    return all;
  }

  @Test
  void reportsAFlowFromAnFqdnNode() {
    Problem p = single(edit(d -> d.mapFlow("f1", f -> f.withEnds("api", "db"))));
    assertEquals("fqdn-ingress", p.code());
    assertEquals(Severity.ERROR, p.severity());
    assertEquals("api", p.from());
  }

  private static Problem single(Diagram d) {
    List<Problem> problems = DiagramValidator.validate(d);
    assertEquals(1, problems.size(), problems.toString());
    return problems.get(0);
  }

  private static Diagram edit(UnaryOperator<Diagram> change) {
    Diagram d = base();
    assertEquals(List.of(), DiagramValidator.validate(d));
    return change.apply(d);
  }

  private static Workload web() {
    return new Workload(
        "web", "Web", KindHint.APP, "web", labels("app", "web"), List.of(), null, Position.ORIGIN);
  }

  private static Diagram base() {
    List<Node> nodes =
        List.of(
            web(),
            new Workload(
                "db",
                "Database",
                KindHint.DATABASE,
                "db",
                List.of(),
                List.of(),
                null,
                Position.ORIGIN),
            new EntityNode("world", "World", List.of(Entity.WORLD), Position.ORIGIN),
            new CidrNode("net", "Office", "10.0.0.0/8", List.of("10.1.0.0/16"), Position.ORIGIN),
            new FqdnNode("api", "API", List.of(FqdnSelector.pattern("*.x.org")), Position.ORIGIN));
    List<Flow> flows =
        List.of(
            Flow.of("f1", "web", "db", List.of(PortRange.tcp(5432)), "SQL"),
            Flow.of("f2", "web", "api", List.of(), "API"),
            Flow.of("f3", "world", "web", List.of(PortRange.tcp(443)), "Users"));
    return new Diagram("t", "", nodes, flows, List.of(file(APP_PATH, "web")), null);
  }

  private static PolicyFile file(String path, String subject) {
    return new PolicyFile(
        path,
        Guard.of("x_enabled | default(false)"),
        null,
        List.of(new PolicySubject(subject, subject + "-policy", null, null, null, null)),
        null);
  }

  private static List<Label> labels(String key, String value) {
    return List.of(new Label(key, value));
  }
}
