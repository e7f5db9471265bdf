package dev.policydesigner.export.template.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.export.diagram.file.DiagramFiles;
import dev.policydesigner.export.plan.ExportPlan;
import dev.policydesigner.export.plan.Exporter;
import dev.policydesigner.export.plan.FileChange;
import dev.policydesigner.export.repo.RepoCheckout;
import dev.policydesigner.export.template.TemplateWriter;
import dev.policydesigner.export.testing.BatchRenderer;
import dev.policydesigner.export.testing.BatchRenderer.Outcome;
import dev.policydesigner.export.testing.RepoValueSets;
import dev.policydesigner.export.testing.TestData;
import dev.policydesigner.model.Diagram;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The realistic repo survives the designer: import then export changes no byte, a diagram file of
 * the import loads back equal, and {@code --regenerate} rewrites every policy file so that it
 * renders (with real Jinja2 and the repo's plugin) to exactly the original documents, list order
 * aside, for all-on audit, all-on enforce, all-off and cluster.yaml.
 */
class RealisticRepoRoundTripTest {
  @TempDir Path dir;

  @Test
  void importThenExportChangesNoByte() throws Exception {
    Path repo = TestData.copyRealisticRepo(dir);
    Map<String, byte[]> before = TestData.snapshot(repo);
    Diagram d = new RepoImporter().importRepo(repo, null).diagram();
    Exporter exporter = new Exporter();
    ExportPlan plan = exporter.plan(d, RepoCheckout.open(repo), new TemplateWriter()::write);
    exporter.apply(plan, false);
    Map<String, byte[]> after = TestData.snapshot(repo);
    assertEquals(TestData.names(before), TestData.names(after));
    before.forEach(
        (path, bytes) -> assertTrue(java.util.Arrays.equals(bytes, after.get(path)), path));
  }

  @Test
  void theImportedDiagramSavesAndLoadsBackEqual() throws Exception {
    Path repo = TestData.copyRealisticRepo(dir);
    Diagram d = new RepoImporter().importRepo(repo, null).diagram();
    Path file = dir.resolve("realistic.flows.yaml");
    DiagramFiles.save(file, d);
    Diagram loaded = DiagramFiles.load(file);
    assertEquals(d.nodes(), loaded.nodes());
    assertEquals(d.flows(), loaded.flows());
    assertEquals(d.files(), loaded.files());
  }

  @Test
  void regeneratedPolicyFilesRenderLikeTheOriginalsForTheFourValueSets() throws Exception {
    Path repo = TestData.copyRealisticRepo(dir);
    Diagram d = new RepoImporter().importRepo(repo, null).diagram();
    ExportPlan plan =
        new Exporter().plan(d, RepoCheckout.open(repo), new TemplateWriter()::write, true);
    List<FileChange> templates = plan.files().stream().filter(f -> !f.kustomization()).toList();
    assertEquals(45, templates.size());
    List<String> texts = new ArrayList<>();
    for (FileChange f : templates) {
      texts.add(Files.readString(repo.resolve(f.path())));
      texts.add(f.after());
    }
    Map<String, Map<String, Object>> sets =
        RepoValueSets.of(RepoValueSets.clusterValues(repo), RepoValueSets.booleanFlags(texts));
    List<List<Outcome>> renders =
        new BatchRenderer(dir, repo).renderAll(texts, List.copyOf(sets.values()));
    List<String> names = List.copyOf(sets.keySet());
    List<String> differences = new ArrayList<>();
    for (int i = 0; i < templates.size(); i++) {
      for (int s = 0; s < names.size(); s++) {
        Outcome original = renders.get(2 * i).get(s);
        Outcome regenerated = renders.get(2 * i + 1).get(s);
        assertTrue(original.error() == null, templates.get(i).path() + ": " + original.error());
        assertTrue(
            regenerated.error() == null, templates.get(i).path() + ": " + regenerated.error());
        if (!RenderEquivalence.canonical(original.render().documents())
            .equals(RenderEquivalence.canonical(regenerated.render().documents()))) {
          differences.add(templates.get(i).path() + " with " + names.get(s));
        }
      }
    }
    assertEquals(List.of(), differences);
  }
}
