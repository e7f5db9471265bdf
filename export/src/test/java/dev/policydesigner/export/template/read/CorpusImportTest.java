package dev.policydesigner.export.template.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.export.testing.TestData;
import dev.policydesigner.model.CidrNode;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Entity;
import dev.policydesigner.model.EntityNode;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.FlowSides;
import dev.policydesigner.model.FqdnNode;
import dev.policydesigner.model.FqdnSelector;
import dev.policydesigner.model.ImportedFile;
import dev.policydesigner.model.NetworkPolicyFallback;
import dev.policydesigner.model.PeerForm;
import dev.policydesigner.model.PolicyFile;
import dev.policydesigner.model.RuleForm;
import dev.policydesigner.model.SelectorForm;
import dev.policydesigner.model.VerbatimBlock;
import dev.policydesigner.model.VerbatimSection;
import dev.policydesigner.model.Workload;
import dev.policydesigner.model.check.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusImportTest {
  static final String APPS = "templates/config/kubernetes/apps/";
  static final String FRONTEND = APPS + "web/frontend/app/networkpolicy.yaml.j2";
  static final String WORKER = APPS + "batch/worker/app/networkpolicy.yaml.j2";
  static final String RUSTFS = APPS + "storage/rustfs/app/networkpolicy.yaml.j2";

  @TempDir static Path repo;
  static ImportResult result;
  static Diagram diagram;

  @BeforeAll
  static void importCorpus() throws Exception {
    copyCorpus(repo);
    result = new RepoImporter().importRepo(repo, null);
    diagram = result.diagram();
  }

  static void copyCorpus(Path target) throws Exception {
    RepoImporterTest.copyTree(
        Path.of(CorpusImportTest.class.getResource("/import-corpus").toURI()), target);
    Path data = TestData.dir();
    Files.createDirectories(target.resolve(RUSTFS).getParent());
    Files.copy(data.resolve("seed/expected/rustfs-networkpolicy.yaml.j2"), target.resolve(RUSTFS));
  }

  private static Flow flow(String from, String to) {
    return RepoImporterTest.flow(diagram, from, to);
  }

  private static String inNamespace(String namespace) {
    return diagram.nodes().stream()
        .filter(n -> n instanceof Workload w && w.namespace().equals(namespace))
        .findFirst()
        .orElseThrow()
        .id();
  }

  private static List<VerbatimBlock> verbatim(String path, VerbatimSection section) {
    PolicyFile f = diagram.file(path).orElseThrow();
    return f.imported().verbatim().stream().filter(b -> b.section() == section).toList();
  }

  @Test
  void aBrokenTemplateIsAProblemWithItsLineAndTheRestImports() {
    List<Problem> errors = result.problems().stream().filter(Problem::isError).toList();
    assertEquals(1, errors.size(), result.problems().toString());
    assertTrue(
        errors.get(0).toString().startsWith(APPS + "broken/thing/app/networkpolicy.yaml.j2:13: "),
        errors.get(0).toString());
    assertEquals(5, diagram.files().size());
  }

  @Test
  void selectorsWithSingleValueInExpressionsBecomeWorkloadLabels() {
    Workload frontend = diagram.workload("frontend").orElseThrow();
    assertEquals("web", frontend.namespace());
    assertEquals("frontend", frontend.name(), "named after its workload label");
    assertEquals("Frontend", diagram.subject("frontend").orElseThrow().title(), "banner kept");
    assertTrue(diagram.isSubject("frontend"));
  }

  @Test
  void theSameWorkloadIsSourceInOneFileAndDestinationInAnotherAndItsFlowIsMerged() {
    Flow push = flow("worker", "frontend");
    assertEquals(FlowSides.BOTH, push.sides());
    assertEquals("Push cache invalidations to the frontend", push.description());
    assertEquals("Batch worker pushes cache invalidations", push.ingressDescription());
    assertEquals(
        1,
        diagram.flows().stream()
            .filter(f -> f.to().equals("frontend") && f.from().equals("worker"))
            .count());
  }

  @Test
  void sameNamespaceAndEmptySelectorsBecomeWorkloadsOfThePolicysNamespace() {
    Flow sidecar = flow("sidecar", "frontend");
    assertTrue(sidecar.ports().isEmpty(), "a rule without toPorts allows all ports");
    assertEquals("web", diagram.workload("sidecar").orElseThrow().namespace());
    Workload all = diagram.workload("all-web").orElseThrow();
    assertTrue(all.labels().isEmpty());
    flow("all-web", "frontend");
  }

  @Test
  void entitiesFqdnsAndCidrsBecomeNodes() {
    EntityNode browsers = (EntityNode) diagram.node("ingress-world").orElseThrow();
    assertEquals(List.of(Entity.INGRESS, Entity.WORLD), browsers.entities());
    assertEquals("GET", flow("ingress-world", "frontend").l7().http().get(0).method());
    FqdnNode fqdn =
        diagram.nodes().stream()
            .filter(FqdnNode.class::isInstance)
            .map(FqdnNode.class::cast)
            .findFirst()
            .orElseThrow();
    assertEquals(
        List.of(
            FqdnSelector.name("api.payments.example.com"),
            FqdnSelector.pattern("*.#{ cloudflare_domain }#")),
        fqdn.selectors());
    CidrNode office = (CidrNode) diagram.node("cidr-10-20-0-0-16").orElseThrow();
    assertEquals(List.of("10.20.99.0/24"), office.except());
    assertTrue(diagram.node("cidr-192-0-2-10-32").isPresent());
    assertEquals(List.of(FqdnSelector.pattern("*")), flow("frontend", "kube-dns").l7().dns());
  }

  @Test
  void elseBranchesAreNegatedConditions() {
    assertEquals("api_enabled | default(false)", flow("frontend", inNamespace("api")).condition());
    String legacy = inNamespace("legacy");
    assertTrue(
        diagram.flows().stream()
            .anyMatch(
                f ->
                    f.from().equals("frontend")
                        && f.to().equals(legacy)
                        && "not (api_enabled | default(false))".equals(f.condition())),
        diagram.flows().toString());
  }

  @Test
  void whatTheGraphCannotExpressIsKeptVerbatimInPlace() {
    List<VerbatimBlock> ingress = verbatim(FRONTEND, VerbatimSection.INGRESS);
    assertEquals(2, ingress.size());
    assertTrue(ingress.get(0).text().contains("icmps:"));
    assertEquals("all-web-to-frontend", ingress.get(0).anchor());
    assertEquals(List.of("not enforce"), ingress.get(1).guard().conjuncts());
    assertTrue(ingress.get(1).text().startsWith("    #| Debug access while auditing #|\n"));
    List<VerbatimBlock> egress = verbatim(FRONTEND, VerbatimSection.EGRESS);
    assertEquals(2, egress.size());
    assertTrue(egress.get(0).text().contains("NotIn"));
    assertTrue(egress.get(1).text().contains("toServices"));
    assertEquals(1, verbatim(FRONTEND, VerbatimSection.METADATA).size());
    List<VerbatimBlock> spec = verbatim(WORKER, VerbatimSection.SPEC);
    assertEquals(
        List.of("  ingress: []\n", "  egressDeny:\n    - toEntities:\n        - world\n"),
        spec.stream().map(VerbatimBlock::text).toList());
  }

  @Test
  void clusterwideAndStandaloneNetworkPoliciesAreKeptAsDocumentsAndStillDrawn() {
    PolicyFile cluster = diagram.file(APPS + "ops/cluster/app/clusterwide.yaml.j2").orElseThrow();
    assertTrue(cluster.subjects().isEmpty());
    assertEquals(1, cluster.imported().verbatim().size());
    assertEquals(VerbatimSection.DOCUMENT, cluster.imported().verbatim().get(0).section());
    PolicyFile legacy = diagram.file(APPS + "legacy/api/app/networkpolicy.yaml.j2").orElseThrow();
    assertTrue(legacy.subjects().isEmpty());
    assertTrue(legacy.imported().verbatim().get(0).text().contains("kind: NetworkPolicy"));
    String api = inNamespace("legacy");
    List<Flow> fromFrontend =
        diagram.flows().stream()
            .filter(f -> f.from().equals("frontend") && f.to().equals(api))
            .toList();
    // the NetworkPolicy allows the frontend unconditionally, the frontend's egress only in the
    // else branch: two flows, the NetworkPolicy's one-sided so the frontend gains no rule
    assertEquals(
        List.of(FlowSides.INGRESS_ONLY, FlowSides.BOTH),
        fromFrontend.stream().map(Flow::sides).toList());
    CidrNode db = (CidrNode) diagram.node("cidr-172-16-0-0-12").orElseThrow();
    assertEquals(List.of("172.16.5.0/24"), db.except());
    assertTrue(
        diagram.nodes().stream()
            .anyMatch(n -> n instanceof EntityNode e && e.entities().equals(List.of(Entity.ALL))));
  }

  @Test
  void aNetworkPolicyBesideItsCiliumPolicyBecomesTheSubjectsFallback() {
    PolicyFile rustfs = diagram.file(RUSTFS).orElseThrow();
    assertEquals(NetworkPolicyFallback.NAMESPACE, rustfs.subjects().get(0).fallback());
    assertTrue(rustfs.imported().verbatim().isEmpty(), rustfs.imported().verbatim().toString());
  }

  @Test
  void theImportRemembersHowRulesAndSelectorsWereWrittenWhereTheWriterWouldDiffer() {
    ImportedFile frontend = diagram.file(FRONTEND).orElseThrow().imported();
    assertEquals(
        List.of(
            new RuleForm(
                "frontend",
                VerbatimSection.INGRESS,
                List.of(
                    new PeerForm(flow("sidecar", "frontend").id(), true, List.of(), false, false),
                    new PeerForm(flow("all-web", "frontend").id(), true, List.of(), false, false))),
            new RuleForm(
                "frontend",
                VerbatimSection.EGRESS,
                List.of(
                    new PeerForm(
                        "frontend-to-cidr-192-0-2-10-32", false, List.of(), true, false)))),
        frontend.ruleForms());
    assertEquals(
        List.of(new SelectorForm("frontend", List.of("app.kubernetes.io/name"))),
        frontend.selectorForms());
    ImportedFile worker = diagram.file(WORKER).orElseThrow().imported();
    assertEquals(List.of(), worker.ruleForms(), "rules in the writer's own form are not recorded");
    assertEquals(List.of(), worker.selectorForms());
  }

  @Test
  void everyImportedFileIsUnchangedRightAfterImport() {
    for (PolicyFile f : diagram.files()) {
      assertTrue(ImportFingerprint.unchangedSinceImport(diagram, f), f.path());
    }
    assertNull(diagram.files().get(0).kustomization());
    assertFalse(ImportCommand.summary(result).isEmpty());
  }

  @Test
  void importIsFastEnoughForForwardProgressOnLargeRepos() throws IOException {
    // no timing assertion: the benchmark measures; this only checks that re-import is stable
    assertEquals(diagram, new RepoImporter().importRepo(repo, null).diagram());
  }
}
