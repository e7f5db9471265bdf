package dev.policydesigner.export.template.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.export.diagram.image.CardGeometry;
import dev.policydesigner.export.engine.CheckoutPolicies;
import dev.policydesigner.export.engine.RenderedChecks;
import dev.policydesigner.export.testing.TestData;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.PolicySubject;
import dev.policydesigner.model.Workload;
import dev.policydesigner.model.check.Problem;
import dev.policydesigner.model.check.Severity;
import dev.policydesigner.model.engine.EngineChecks;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Importing the realistic repo: every policy file, laid out by namespace, nodes named by workload.
 */
class RealisticRepoImportTest {
  @TempDir static Path dir;
  static ImportResult result;
  static Diagram diagram;

  @BeforeAll
  static void importRepo() throws Exception {
    result = new RepoImporter().importRepo(TestData.copyRealisticRepo(dir), null);
    diagram = result.diagram();
  }

  @Test
  void everyPolicyFileImportsAndOnlyPolicyFilesAreRead() {
    assertFalse(result.hasErrors(), result.problems().toString());
    assertEquals(45, diagram.files().size());
    assertTrue(
        diagram.files().stream().noneMatch(f -> f.path().endsWith("prometheusrule.yaml.j2")));
    long workloads = diagram.nodes().stream().filter(n -> n instanceof Workload).count();
    assertTrue(workloads >= 70, "workloads: " + workloads);
  }

  @Test
  void theProblemsOfAFileAreInLineOrder() {
    List<Problem> problems = result.problems();
    int pairs = 0;
    for (int i = 1; i < problems.size(); i++) {
      Problem before = problems.get(i - 1);
      Problem after = problems.get(i);
      if (before.file() != null && before.file().equals(after.file())) {
        pairs++;
        assertTrue(before.line() <= after.line(), before + "\nbefore\n" + after);
      }
    }
    assertTrue(pairs >= 3, "files with several problems: " + problems);
  }

  @Test
  void noTwoCardsOverlap() {
    List<Node> nodes = diagram.nodes();
    for (int i = 0; i < nodes.size(); i++) {
      CardGeometry a = CardGeometry.of(nodes.get(i));
      for (int j = i + 1; j < nodes.size(); j++) {
        CardGeometry b = CardGeometry.of(nodes.get(j));
        boolean overlap =
            a.x() < b.x() + b.width()
                && b.x() < a.x() + a.width()
                && a.y() < b.y() + b.height()
                && b.y() < a.y() + a.height();
        assertFalse(overlap, nodes.get(i).id() + " overlaps " + nodes.get(j).id());
      }
    }
  }

  @Test
  void workloadsOfANamespaceSitSideBySide() {
    Map<String, List<Workload>> byNamespace =
        diagram.nodes().stream()
            .filter(n -> n instanceof Workload)
            .map(n -> (Workload) n)
            .collect(Collectors.groupingBy(Workload::namespace));
    List<Workload> media = byNamespace.get("media");
    double left = media.stream().mapToDouble(w -> w.position().x()).min().orElseThrow();
    double right = media.stream().mapToDouble(w -> w.position().x()).max().orElseThrow();
    double top = media.stream().mapToDouble(w -> w.position().y()).min().orElseThrow();
    double bottom = media.stream().mapToDouble(w -> w.position().y()).max().orElseThrow();
    for (Node n : diagram.nodes()) {
      if (n instanceof Workload w && !w.namespace().equals("media")) {
        boolean inside =
            w.position().x() >= left
                && w.position().x() <= right
                && w.position().y() >= top
                && w.position().y() <= bottom;
        assertFalse(inside, w.id() + " of " + w.namespace() + " sits among the media workloads");
      }
    }
  }

  @Test
  void nodesAreNamedAfterTheirWorkloadAndTheBannerStaysOnThePolicy() {
    assertEquals("grafana", name("monitoring_namespace", "app.kubernetes.io/name", "grafana"));
    assertEquals("kube-dns", name("kube-system", "k8s-app", "kube-dns"));
    assertEquals("postgres16", name("database_namespace", "cnpg.io/cluster", "postgres16"));
    assertEquals("source-controller", name("flux-system", "app", "source-controller"));
    PolicySubject grafana = subjectOf("grafana");
    assertEquals("GRAFANA", grafana.title());
    assertEquals("Envoy External Gateway", subjectOf("envoy-external").title());
    String file = "templates/config/kubernetes/apps/monitoring/grafana/app/networkpolicy.yaml.j2";
    List<String> banner =
        diagram.file(file).orElseThrow().imported().policyForm("grafana").orElseThrow().banner();
    assertTrue(banner.get(1).contains("GRAFANA NETWORK POLICY"), banner.toString());
  }

  @Test
  void aPolicyNameTellsApartWorkloadsThatShareTheirNameLabel() {
    assertEquals("langfuse-worker", name("ai-system", "app.kubernetes.io/component", "worker"));
    assertEquals("langfuse", name("ai-system", "app.kubernetes.io/component", "web"));
    assertEquals(
        "immich-machine-learning",
        name("media", "app.kubernetes.io/component", "machine-learning"));
    assertEquals("external-dns-unifi", name("network", "app.kubernetes.io/instance", "unifi-dns"));
  }

  @Test
  void aWorkloadWithoutANameLabelTakesItsPolicyName() {
    assertEquals(
        "envoy-internal",
        name("network", "gateway.envoyproxy.io/owning-gateway-name", "envoy-internal"));
  }

  private static String name(String namespacePart, String key, String value) {
    return diagram.nodes().stream()
        .filter(n -> n instanceof Workload w && w.namespace().contains(namespacePart))
        .map(n -> (Workload) n)
        .filter(w -> w.label(key).map(value::equals).orElse(false))
        .findFirst()
        .orElseThrow(() -> new AssertionError(namespacePart + " " + key + "=" + value))
        .name();
  }

  private static PolicySubject subjectOf(String policyName) {
    return diagram.files().stream()
        .flatMap(f -> f.subjects().stream())
        .filter(s -> s.policyName().equals(policyName))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void toFqdnsWithoutADnsRuleIsKeptAsWrittenReportedAndFixable() {
    List<Problem> findings = fqdnWithoutDns(diagram);
    List<String> policies = findings.stream().map(p -> p.policy()).distinct().sorted().toList();
    assertEquals(
        List.of(
            "external-dns-cloudflare", "gatus", "gha-rs-controller", "home-ops-runner", "spegel"),
        policies);
    Problem gatus =
        findings.stream().filter(p -> p.policy().equals("gatus")).findFirst().orElseThrow();
    assertEquals(Severity.WARNING, gatus.severity(), gatus.toString());
    assertTrue(gatus.line() != null && gatus.file().endsWith(".yaml.j2"), gatus.toString());
    Diagram fixed = gatus.fix().orElseThrow().change().apply(diagram);
    assertTrue(
        fqdnWithoutDns(fixed).stream().noneMatch(p -> p.policy().equals("gatus")),
        "the deriver adds the DNS rule once the fix is applied");
  }

  private static List<Problem> fqdnWithoutDns(Diagram d) {
    return RenderedChecks.of(d, CheckoutPolicies.none()).stream()
        .filter(p -> p.code().equals(EngineChecks.FQDN_WITHOUT_DNS))
        .toList();
  }
}
