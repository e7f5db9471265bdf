package dev.policydesigner.export.plan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.export.kustomization.EntryAction;
import dev.policydesigner.export.repo.RepoCheckout;
import dev.policydesigner.export.repo.RepoException;
import dev.policydesigner.export.testing.TestData;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Guard;
import dev.policydesigner.model.PolicyFile;
import dev.policydesigner.model.derive.PolicyDeriver;
import dev.policydesigner.model.example.Examples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExporterTest {
  static final String NP_APP = "templates/config/kubernetes/apps/kube-system/network-policies/app/";
  static final String RUSTFS_APP = "templates/config/kubernetes/apps/storage/rustfs/app/";
  static final String NP = "network_policies_enabled | default(false)";

  @TempDir Path tmp;
  Path root;
  RepoCheckout repo;
  final Exporter exporter = new Exporter();
  final FakeTemplates writer = new FakeTemplates();

  @BeforeEach
  void copySample() throws Exception {
    root = TestData.copySampleRepo(tmp);
    repo = RepoCheckout.open(root);
  }

  private String text(String rel) throws Exception {
    return Files.readString(root.resolve(rel));
  }

  private String expectedTemplate(Diagram d, int file) {
    return GeneratedMarker.mark(writer.text(new PolicyDeriver().derive(d).get(file)));
  }

  @Test
  void exportsHubbleAndListsItInTheNetworkPoliciesKustomization() throws Exception {
    String kBefore = text(NP_APP + "kustomization.yaml.j2");
    ExportPlan plan = exporter.plan(Examples.hubble(), repo, writer);
    assertEquals(
        "created   "
            + NP_APP
            + "hubble-ui.yaml.j2\n"
            + "kustomization "
            + NP_APP
            + "kustomization.yaml.j2: + ./hubble-ui.yaml"
            + " (guard: hubble_enabled | default(false))\n",
        plan.text());
    ExportResult result = exporter.apply(plan, false);

    assertEquals(
        List.of(NP_APP + "hubble-ui.yaml.j2", NP_APP + "kustomization.yaml.j2"), result.written());
    assertEquals(expectedTemplate(Examples.hubble(), 0), text(NP_APP + "hubble-ui.yaml.j2"));
    String anchor = "  - ./metrics-server.yaml\n";
    assertEquals(
        kBefore.replace(
            anchor,
            anchor
                + "#% if hubble_enabled | default(false) %#\n  - ./hubble-ui.yaml\n#% endif %#\n"),
        text(NP_APP + "kustomization.yaml.j2"));
  }

  @Test
  void exportsRustfsAfterTheMonitoringGroup() throws Exception {
    String kBefore = text(RUSTFS_APP + "kustomization.yaml.j2");
    ExportPlan plan = exporter.plan(Examples.rustfs(), repo, writer);
    assertEquals(FileStatus.CREATED, plan.files().get(0).status());
    assertTrue(
        plan.files()
            .get(0)
            .diff()
            .startsWith("--- /dev/null\n+++ b/" + RUSTFS_APP + "networkpolicy.yaml.j2\n@@ "),
        plan.files().get(0).diff());
    assertEquals(
        List.of(
            new EntryChange(
                RUSTFS_APP + "kustomization.yaml.j2",
                "./networkpolicy.yaml",
                EntryAction.ADDED,
                Guard.of(NP))),
        plan.entries());
    exporter.apply(plan, false);

    String group = "  - ./dashboard-storage.yaml\n#% endif %#\n";
    assertEquals(
        kBefore.replace(
            group, group + "#% if " + NP + " %#\n  - ./networkpolicy.yaml\n" + "#% endif %#\n"),
        text(RUSTFS_APP + "kustomization.yaml.j2"));
    assertEquals(
        expectedTemplate(Examples.rustfs(), 0), text(RUSTFS_APP + "networkpolicy.yaml.j2"));
  }

  @Test
  void aSecondExportReportsEverythingUnchangedAndWritesNothing() throws Exception {
    for (Diagram d : List.of(Examples.hubble(), Examples.rustfs())) {
      exporter.apply(exporter.plan(d, repo, writer), false);
    }
    Map<String, byte[]> before = TestData.snapshot(root);
    for (Diagram d : List.of(Examples.hubble(), Examples.rustfs())) {
      ExportPlan again = exporter.plan(d, repo, writer);
      assertTrue(again.isUnchanged());
      assertTrue(again.entries().isEmpty());
      assertTrue(again.files().stream().allMatch(f -> f.status() == FileStatus.UNCHANGED));
      assertTrue(again.text().lines().allMatch(l -> l.startsWith("unchanged ")), again.text());
      assertEquals(List.of(), exporter.apply(again, false).written());
    }
    assertSameFiles(before, TestData.snapshot(root));
  }

  @Test
  void updatesAFileItWroteItselfWithADiff() throws Exception {
    exporter.apply(exporter.plan(Examples.hubble(), repo, writer), false);
    ExportPlan plan = exporter.plan(Examples.hubble(), repo, new FakeTemplates(" (v2)"));
    FileChange f = plan.files().get(0);
    assertEquals(FileStatus.UPDATED, f.status());
    assertTrue(f.diff().contains("\n-#| Hubble UI #|\n+#| Hubble UI (v2) #|\n"), f.diff());
    assertTrue(plan.text().startsWith("updated   " + NP_APP + "hubble-ui.yaml.j2\n"));
    exporter.apply(plan, false);
    assertTrue(text(NP_APP + "hubble-ui.yaml.j2").contains("#| Hubble UI (v2) #|"));
  }

  @Test
  void refusesToReplaceAFileChangedByHandUnlessAskedTo() throws Exception {
    exporter.apply(exporter.plan(Examples.hubble(), repo, writer), false);
    Path file = root.resolve(NP_APP + "hubble-ui.yaml.j2");
    Files.writeString(file, Files.readString(file).replace("name: hubble-ui", "name: mine"));
    Map<String, byte[]> before = TestData.snapshot(root);

    ExportPlan plan = exporter.plan(Examples.hubble(), repo, new FakeTemplates(" (v2)"));
    assertEquals(
        List.of(NP_APP + "hubble-ui.yaml.j2"),
        plan.conflicts().stream().map(FileChange::path).toList());
    assertTrue(
        plan.text()
            .startsWith(
                "conflict  "
                    + NP_APP
                    + "hubble-ui.yaml.j2  (changed by hand; use --overwrite to replace)\n"),
        plan.text());
    ExportRefusedException e =
        assertThrows(ExportRefusedException.class, () -> exporter.apply(plan, false));
    assertEquals(List.of(NP_APP + "hubble-ui.yaml.j2"), e.paths());
    assertSameFiles(before, TestData.snapshot(root));

    exporter.apply(plan, true);
    assertEquals(plan.files().get(0).after(), Files.readString(file));
    assertTrue(GeneratedMarker.producedByExport(Files.readString(file)));
  }

  @Test
  void patchesSeveralFilesOfOneKustomizationTogetherAndRollsBackOnFailure() throws Exception {
    // one subject in two files is an error check reports, so plan without the export's checks
    Diagram d = withSecondFile(Examples.rustfs());
    ExportPlan plan = new ExportPlanner().plan(d, repo, writer);
    String k = RUSTFS_APP + "kustomization.yaml.j2";
    assertEquals(
        List.of("./networkpolicy.yaml", "./extra.yaml"),
        plan.entries().stream().map(EntryChange::entry).toList());
    assertEquals(1, plan.files().stream().filter(f -> f.path().equals(k)).count());

    Path blocked = Files.createDirectories(root.resolve(RUSTFS_APP + "extra.yaml.j2/in"));
    Files.writeString(blocked.resolve("keep"), "x");
    Map<String, byte[]> before = TestData.snapshot(root);
    RepoException e = assertThrows(RepoException.class, () -> exporter.apply(plan, false));
    assertTrue(e.getMessage().startsWith(RUSTFS_APP + "extra.yaml.j2 is a folder"), e.getMessage());
    assertSameFiles(before, TestData.snapshot(root));

    Files.delete(blocked.resolve("keep"));
    Files.delete(blocked);
    Files.delete(blocked.getParent());
    exporter.apply(plan, false);
    String patched = text(k);
    assertTrue(
        patched.contains(
            "#% if "
                + NP
                + " %#\n  - ./networkpolicy.yaml\n#% endif %#\n"
                + "#% if "
                + NP
                + " %#\n  - ./extra.yaml\n#% endif %#\n"),
        patched);
  }

  @Test
  void createsAMissingKustomizationWrappedInTheSharedGuard() throws Exception {
    Diagram d = Examples.rustfs();
    PolicyFile f =
        d.files().get(0).withPath("templates/config/kubernetes/apps/storage/new/app/np.yaml.j2");
    ExportPlan plan = exporter.plan(d.withFiles(List.of(f)), repo, writer);
    assertEquals(FileStatus.CREATED, plan.files().get(1).status());
    exporter.apply(plan, false);
    assertEquals(
        "#% if rustfs_enabled | default(false) and "
            + NP
            + " %#\n---\n"
            + "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n"
            + "  - ./np.yaml\n#% endif %#\n",
        text("templates/config/kubernetes/apps/storage/new/app/kustomization.yaml.j2"));
  }

  @Test
  void refusesPathsThatLeaveTheCheckout() throws Exception {
    Diagram d = Examples.rustfs();
    Diagram up = d.withFiles(List.of(d.files().get(0).withPath("templates/../../evil.yaml.j2")));
    RepoException e = assertThrows(RepoException.class, () -> exporter.plan(up, repo, writer));
    assertTrue(e.getMessage().contains("'..'"), e.getMessage());

    Path outside = Files.createDirectory(tmp.resolve("outside"));
    Files.createSymbolicLink(root.resolve("templates/config/kubernetes/apps/out"), outside);
    Diagram linked =
        d.withFiles(
            List.of(
                d.files()
                    .get(0)
                    .withPath("templates/config/kubernetes/apps/out/app/networkpolicy.yaml.j2")));
    e = assertThrows(RepoException.class, () -> exporter.plan(linked, repo, writer));
    assertTrue(e.getMessage().contains("symbolic link"), e.getMessage());
    try (var files = Files.list(outside)) {
      assertEquals(0, files.count());
    }
  }

  private static Diagram withSecondFile(Diagram d) {
    PolicyFile first = d.files().get(0);
    List<PolicyFile> files = new ArrayList<>(d.files());
    files.add(first.withPath(RUSTFS_APP + "extra.yaml.j2"));
    return d.withFiles(files);
  }

  private static void assertSameFiles(Map<String, byte[]> before, Map<String, byte[]> after) {
    assertEquals(before.keySet(), after.keySet());
    before.forEach((k, v) -> assertArrayEquals(v, after.get(k), k));
    assertFalse(after.keySet().stream().anyMatch(k -> k.endsWith(".tmp") || k.endsWith(".bak")));
  }
}
