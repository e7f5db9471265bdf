package dev.policydesigner.export.template.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.export.plan.ExportPlan;
import dev.policydesigner.export.plan.Exporter;
import dev.policydesigner.export.plan.FileChange;
import dev.policydesigner.export.plan.FileStatus;
import dev.policydesigner.export.plan.TemplateSource;
import dev.policydesigner.export.repo.RepoCheckout;
import dev.policydesigner.export.testing.TestData;
import dev.policydesigner.model.DefaultDenyStyle;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.FlowSides;
import dev.policydesigner.model.Guard;
import dev.policydesigner.model.Label;
import dev.policydesigner.model.PolicyFile;
import dev.policydesigner.model.Workload;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepoImporterTest {
  private static final Path SAMPLE = TestData.sampleRepo();
  private static final String DRAGONFLY =
      "templates/config/kubernetes/apps/cache/dragonfly/app/networkpolicy.yaml.j2";

  @TempDir Path repo;

  @BeforeEach
  void copySampleRepo() throws IOException {
    copyTree(SAMPLE, repo);
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private Diagram imported() throws IOException {
    ImportResult result = new RepoImporter().importRepo(repo, null);
    assertFalse(result.hasErrors(), result.problems().toString());
    return result.diagram();
  }

  @Test
  void staysInsideTheCheckoutAndLeavesOutTemplatesItCouldNotWriteBack(@TempDir Path outside)
      throws IOException {
    Path secret = Files.copy(repo.resolve(DRAGONFLY), outside.resolve("elsewhere.yaml.j2"));
    Path apps = repo.resolve("templates/config/kubernetes/apps");
    Files.createDirectories(apps.resolve("evil/app"));
    Files.createSymbolicLink(apps.resolve("evil/app/networkpolicy.yaml.j2"), secret);
    Files.createDirectories(apps.resolve("Upper/app"));
    Files.copy(repo.resolve(DRAGONFLY), apps.resolve("Upper/app/networkpolicy.yaml.j2"));
    ImportResult result = new RepoImporter().importRepo(repo, null);
    String problems = result.problems().toString();
    assertTrue(problems.contains("evil/app/networkpolicy.yaml.j2"), problems);
    assertTrue(problems.contains("leads out of the checkout"), problems);
    assertTrue(problems.contains("upper-case letter 'U'"), problems);
    assertEquals(2, result.diagram().files().size(), "only the two real templates");
    IOException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IOException.class, () -> new RepoImporter().importRepo(repo, "../.."));
    assertTrue(e.getMessage().contains("leads out of the checkout"), e.getMessage());
  }

  @Test
  void importsBothPolicyFilesWithTheirGuardsAndStyles() throws IOException {
    Diagram d = imported();
    assertEquals(2, d.files().size());
    PolicyFile dragonfly = d.file(DRAGONFLY).orElseThrow();
    assertEquals(
        Guard.of("dragonfly_enabled | default(false)", "network_policies_enabled | default(false)"),
        dragonfly.guard());
    assertEquals(DefaultDenyStyle.IF_BLOCK, dragonfly.defaultDenyStyle());
    PolicyFile coredns = d.files().get(1);
    assertEquals(DefaultDenyStyle.INLINE, coredns.defaultDenyStyle());
    assertEquals("coredns", coredns.subjects().get(0).policyName());
  }

  @Test
  void mergesTheDnsWorkloadThatIsPeerInOneFileAndSubjectInAnother() throws IOException {
    Diagram d = imported();
    List<Workload> dns =
        d.nodes().stream()
            .filter(Workload.class::isInstance)
            .map(Workload.class::cast)
            .filter(w -> w.labels().equals(List.of(new Label("k8s-app", "kube-dns"))))
            .toList();
    assertEquals(1, dns.size());
    assertTrue(d.isSubject(dns.get(0).id()));
    Flow toDns = flow(d, "dragonfly", dns.get(0).id());
    assertEquals(
        FlowSides.EGRESS_ONLY, toDns.sides(), "coredns has no ingress rule from dragonfly");
  }

  @Test
  void keepsGuardsCommentsAndNamespaceOnlyPeers() throws IOException {
    Diagram d = imported();
    Workload defaults = d.workload("all-default").orElseThrow();
    assertEquals("default", defaults.namespace());
    assertTrue(defaults.labels().isEmpty());
    Flow apps = flow(d, "all-default", "dragonfly");
    assertEquals("Applications in the default namespace", apps.description());
    assertEquals(FlowSides.BOTH, apps.sides());
    Flow backup = flow(d, "dragonfly", "rustfs");
    assertEquals("dragonfly_backup_enabled | default(false)", backup.condition());
    assertEquals(FlowSides.BOTH, backup.sides(), "rustfs has no policy in this repo");
  }

  @Test
  void unchangedImportedFilesAreRecognisedAndAnEditIsNot() throws IOException {
    Diagram d = imported();
    PolicyFile dragonfly = d.file(DRAGONFLY).orElseThrow();
    assertTrue(ImportFingerprint.unchangedSinceImport(d, dragonfly));
    Flow apps = flow(d, "all-default", "dragonfly");
    Diagram edited = d.mapFlow(apps.id(), f -> f.withDescription("Apps"));
    assertFalse(ImportFingerprint.unchangedSinceImport(edited, dragonfly));
    assertTrue(ImportFingerprint.unchangedSinceImport(edited, d.files().get(1)));
  }

  @Test
  void exportRightAfterImportWritesNoFileAndRegenerateUpdatesTheImportedOnes() throws Exception {
    Diagram d = imported();
    RepoCheckout checkout = RepoCheckout.open(repo);
    TemplateSource source = derived -> "# regenerated " + derived.file().path() + "\n";
    ExportPlan plan = new Exporter().plan(d, checkout, source);
    assertTrue(plan.files().stream().noneMatch(FileChange::writes), plan.text());
    ExportPlan regenerate = new Exporter().plan(d, checkout, source, true);
    List<FileStatus> statuses =
        regenerate.files().stream()
            .filter(f -> !f.kustomization())
            .map(FileChange::status)
            .toList();
    assertEquals(List.of(FileStatus.UPDATED, FileStatus.UPDATED), statuses);
  }

  static Flow flow(Diagram d, String from, String to) {
    return d.flows().stream()
        .filter(f -> f.from().equals(from) && f.to().equals(to))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no flow " + from + " -> " + to + " in " + d.flows()));
  }

  @Test
  void importsWithoutFingerprintsTheSameDiagramButTheFingerprints() throws Exception {
    for (Path root : List.of(SAMPLE, TestData.realisticRepo())) {
      ImportResult stamped = new RepoImporter().importRepo(root, null);
      ImportResult plain = RepoImporter.withoutFingerprints().importRepo(root, null);
      assertTrue(
          stamped.diagram().files().stream().allMatch(f -> !f.imported().fingerprint().isEmpty()));
      assertTrue(
          plain.diagram().files().stream().allMatch(f -> f.imported().fingerprint().isEmpty()));
      List<PolicyFile> unstamped =
          stamped.diagram().files().stream()
              .map(f -> f.withImported(f.imported().withFingerprint("")))
              .toList();
      assertEquals(stamped.diagram().withFiles(unstamped), plain.diagram());
      assertEquals(stamped.problems(), plain.problems());
    }
  }
}
