package dev.policydesigner.export.template.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.export.plan.ExportPlan;
import dev.policydesigner.export.plan.Exporter;
import dev.policydesigner.export.plan.FileChange;
import dev.policydesigner.export.repo.RepoCheckout;
import dev.policydesigner.export.template.TemplateWriter;
import dev.policydesigner.export.testing.TestData;
import dev.policydesigner.model.Diagram;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Import, then regenerate every file from the graph ({@code --regenerate}): each regenerated file
 * renders to the same documents as the original (order of lists aside) for all flags on in audit
 * and enforce mode, all flags off, and the repo's cluster.yaml — verbatim parts included.
 */
class RegenerateRoundTripTest {
  private static final Path SHARED = TestData.dir();

  @TempDir Path repo;
  @TempDir Path out;

  @Test
  void regeneratedSampleRepoAndSeedFilesRenderLikeTheOriginals() throws Exception {
    RepoImporterTest.copyTree(SHARED.resolve("sample-repo"), repo);
    String apps = "templates/config/kubernetes/apps/";
    Files.copy(
        SHARED.resolve("seed/expected/hubble-ui.yaml.j2"),
        repo.resolve(apps + "kube-system/network-policies/app/hubble-ui.yaml.j2"));
    Path rustfs = repo.resolve(apps + "storage/rustfs/app/networkpolicy.yaml.j2");
    Files.copy(SHARED.resolve("seed/expected/rustfs-networkpolicy.yaml.j2"), rustfs);
    assertEquals(4, regenerateAndCompare(false));
  }

  @Test
  void regeneratedCorpusFilesRenderLikeTheOriginalsWithTheirVerbatimParts() throws Exception {
    CorpusImportTest.copyCorpus(repo);
    assertEquals(5, regenerateAndCompare(true));
  }

  /**
   * Imports {@code repo}, plans a regenerating export, and compares every template's renders
   * exactly (list order aside).
   */
  private int regenerateAndCompare(boolean errorsExpected) throws Exception {
    ImportResult result = new RepoImporter().importRepo(repo, null);
    assertEquals(errorsExpected, result.hasErrors(), result.problems().toString());
    Diagram d = result.diagram();
    ExportPlan plan =
        new Exporter().plan(d, RepoCheckout.open(repo), new TemplateWriter()::write, true);
    List<FileChange> templates = plan.files().stream().filter(f -> !f.kustomization()).toList();
    assertEquals(d.files().size(), templates.size());
    RenderEquivalence renders = new RenderEquivalence(repo);
    for (FileChange f : templates) {
      assertTrue(f.before().isPresent(), f.path());
      Path regenerated = out.resolve(f.path().replace('/', '_'));
      Files.writeString(regenerated, f.after());
      renders.assertRendersLike(repo.resolve(f.path()), regenerated, f.path());
    }
    return templates.size();
  }
}
