package dev.policydesigner.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.export.diagram.file.DiagramFiles;
import dev.policydesigner.export.plan.GeneratedMarker;
import dev.policydesigner.export.template.read.RenderEquivalence;
import dev.policydesigner.export.testing.TestData;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.PolicyFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import} and {@code export --regenerate} end to end on a copy of the sample repo. */
class ImportCommandTest {
  static final String APPS = "templates/config/kubernetes/apps/";

  @TempDir Path dir;

  static CliRun importRepo(Path repo, Path out) {
    return CliRun.of("import", "--repo", repo.toString(), "--out", out.toString());
  }

  @Test
  void importThenExportWithoutEditsChangesNoByte() throws Exception {
    Path repo = TestData.copySampleRepo(dir);
    Map<String, String> before = TestData.contents(repo);
    Path diagram = dir.resolve("repo.flows.yaml");
    CliRun imported = importRepo(repo, diagram);
    assertEquals(0, imported.exitCode(), imported.err());
    assertTrue(imported.err().contains("Imported 2 policy files"), imported.err());
    CliRun export = CliRun.of("export", diagram.toString(), "--repo", repo.toString());
    assertEquals(0, export.exitCode(), export.err());
    assertEquals(before, TestData.contents(repo));
    // it says what it left alone rather than nothing
    assertEquals(
        "unchanged "
            + APPS
            + "cache/dragonfly/app/networkpolicy.yaml.j2  (as imported)\n"
            + "unchanged "
            + APPS
            + "kube-system/network-policies/app/coredns.yaml.j2  (as imported)\n",
        export.out());
  }

  @Test
  void importWithoutOutPrintsTheDiagramFileAndTheSummaryOnStderr() throws Exception {
    Path repo = TestData.copySampleRepo(dir);
    CliRun run = CliRun.of("import", "--repo", repo.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("version: 1\n"), run.out());
    assertTrue(run.out().contains("    imported:\n      sha256: "), run.out());
    assertTrue(run.err().startsWith("Imported 2 policy files: "), run.err());
  }

  @Test
  void importFromAFolderInsideTheCheckoutImportsTheCheckoutAndSaysWhichRoot() throws Exception {
    Path repo = TestData.copySampleRepo(dir);
    CliRun fromRoot = CliRun.of("import", "--repo", repo.toString());
    for (String inside : new String[] {"templates", "templates/config/kubernetes"}) {
      CliRun run = CliRun.of("import", "--repo", repo.resolve(inside).toString());
      assertEquals(0, run.exitCode(), run.err());
      assertEquals(fromRoot.out(), run.out(), "the same diagram as from the root");
      String root = repo.toAbsolutePath().normalize().toString();
      assertTrue(run.err().startsWith("Using the checkout " + root + " (found above "), run.err());
    }
    assertFalse(fromRoot.err().contains("Using the checkout"), fromRoot.err());
  }

  @Test
  void exportIntoAFolderInsideTheCheckoutWritesAtItsRoot() throws Exception {
    Path repo = TestData.copySampleRepo(dir);
    Path sub = repo.resolve("templates/config");
    CliRun run = CliRun.of("export", "example:rustfs", "--repo", sub.toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    String root = repo.toAbsolutePath().normalize().toString();
    assertTrue(run.err().startsWith("Using the checkout " + root + " (found above "), run.err());
    assertTrue(
        Files.isRegularFile(repo.resolve(APPS + "storage/rustfs/app/networkpolicy.yaml.j2")));
    assertFalse(Files.exists(sub.resolve("templates")), "nothing written below the folder given");
  }

  @Test
  void regeneratedFilesRenderLikeTheOriginals() throws Exception {
    Path repo = TestData.copySampleRepo(dir);
    Path original = TestData.sampleRepo();
    Path diagram = dir.resolve("repo.flows.yaml");
    assertEquals(0, importRepo(repo, diagram).exitCode());
    CliRun export =
        CliRun.of("export", diagram.toString(), "--repo", repo.toString(), "--regenerate");
    assertEquals(0, export.exitCode(), export.err());
    Diagram d = DiagramFiles.load(diagram);
    assertEquals(2, d.files().size());
    RenderEquivalence renders = new RenderEquivalence(repo);
    for (PolicyFile f : d.files()) {
      String regenerated = Files.readString(repo.resolve(f.path()));
      assertTrue(GeneratedMarker.producedByExport(regenerated), f.path() + " was rewritten");
      renders.assertRendersLike(original.resolve(f.path()), repo.resolve(f.path()), f.path());
    }
  }

  @Test
  void aTemplateTheImportCannotParseIsAProblemWithItsLineAndTheRestImports() throws Exception {
    Path repo = TestData.copySampleRepo(dir);
    String broken = APPS + "broken/thing/app/networkpolicy.yaml.j2";
    Files.createDirectories(repo.resolve(broken).getParent());
    Files.writeString(
        repo.resolve(broken),
        "#% if network_policies_enabled | default(false) %#\n"
            + "---\n"
            + "apiVersion: cilium.io/v2\n"
            + "kind: CiliumNetworkPolicy\n"
            + "metadata:\n"
            + "  name: thing\n"
            + "  namespace: broken\n"
            + "spec:\n"
            + "  endpointSelector: {matchLabels: {app: thing}\n"
            + "#% endif %#\n");
    Path diagram = dir.resolve("repo.flows.yaml");
    CliRun run = importRepo(repo, diagram);
    assertEquals(ExitCodes.PROBLEMS, run.exitCode(), run.err());
    assertTrue(run.err().matches("(?s)" + broken + ":\\d+: .+"), run.err());
    Diagram d = DiagramFiles.load(diagram);
    assertEquals(2, d.files().size());
    assertTrue(d.file(APPS + "cache/dragonfly/app/networkpolicy.yaml.j2").isPresent());
  }

  @Test
  void aRepoThatIsNoDirectoryIsBadInput() {
    CliRun run = CliRun.of("import", "--repo", dir.resolve("missing").toString());
    assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
    assertTrue(run.err().startsWith("error: "), run.err());
    CliRun noTemplates = CliRun.of("import", "--repo", dir.toString());
    assertEquals(ExitCodes.BAD_INPUT, noTemplates.exitCode());
    assertTrue(noTemplates.err().contains("templates"), noTemplates.err());
  }
}
