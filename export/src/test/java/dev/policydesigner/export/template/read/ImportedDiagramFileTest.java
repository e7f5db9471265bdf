package dev.policydesigner.export.template.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.export.diagram.file.DiagramFileReader;
import dev.policydesigner.export.diagram.file.DiagramFileWriter;
import dev.policydesigner.export.plan.ExportPlan;
import dev.policydesigner.export.plan.Exporter;
import dev.policydesigner.export.plan.FileChange;
import dev.policydesigner.export.repo.RepoCheckout;
import dev.policydesigner.export.template.TemplateWriter;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.ImportedFile;
import dev.policydesigner.model.PolicyFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An imported diagram saved and loaded again is the same diagram, without the original texts. */
class ImportedDiagramFileTest {
  @TempDir static Path repo;
  static Diagram imported;
  static String text;

  @BeforeAll
  static void importAndSave() throws Exception {
    CorpusImportTest.copyCorpus(repo);
    imported = new RepoImporter().importRepo(repo, null).diagram();
    text = DiagramFileWriter.write(imported);
  }

  private static Diagram loaded() throws Exception {
    return DiagramFileReader.read(text, "corpus.flows.yaml");
  }

  @Test
  void anImportedDiagramReadsBackEqual() throws Exception {
    Diagram back = loaded();
    assertEquals(imported, back);
    assertEquals(text, DiagramFileWriter.write(back));
  }

  @Test
  void theFileKeepsHashesSidesAndVerbatimPartsButNotTheOriginalTexts() throws Exception {
    assertTrue(text.contains("    sides: ingress-only\n"), text);
    assertFalse(text.contains("sides: both"), text);
    assertTrue(text.contains("    imported:\n      sha256: "), text);
    assertTrue(text.contains("          text: |2\n              labels:\n"), text);
    String frontend = Files.readString(repo.resolve(CorpusImportTest.FRONTEND));
    assertFalse(text.contains(frontend.substring(0, 200)), "the original text is not stored");
    PolicyFile file = loaded().file(CorpusImportTest.FRONTEND).orElseThrow();
    assertNull(file.imported().originalText());
    assertEquals(ImportedFile.sha256Of(frontend), file.imported().sha256());
  }

  @Test
  void theFileKeepsHowTheImportedRulesAndSelectorsWereWritten() throws Exception {
    assertTrue(text.contains("      ruleForms:\n"), text);
    assertTrue(text.contains("          implicitNamespace: true\n"), text);
    assertTrue(text.contains("          plainCidr: true\n"), text);
    assertTrue(text.contains("      selectorForms:\n"), text);
    PolicyFile file = loaded().file(CorpusImportTest.FRONTEND).orElseThrow();
    assertEquals(
        imported.file(CorpusImportTest.FRONTEND).orElseThrow().imported().ruleForms(),
        file.imported().ruleForms());
    assertFalse(file.imported().ruleForms().isEmpty());
  }

  @Test
  void aLoadedDiagramExportsLikeTheFreshlyImportedOne() throws Exception {
    RepoCheckout checkout = RepoCheckout.open(repo);
    TemplateWriter writer = new TemplateWriter();
    for (boolean regenerate : new boolean[] {false, true}) {
      ExportPlan fresh = new Exporter().plan(imported, checkout, writer::write, regenerate);
      ExportPlan back = new Exporter().plan(loaded(), checkout, writer::write, regenerate);
      assertEquals(
          fresh.files().stream().map(f -> f.path() + " " + f.status()).toList(),
          back.files().stream().map(f -> f.path() + " " + f.status()).toList());
      assertEquals(
          fresh.files().stream().map(FileChange::after).toList(),
          back.files().stream().map(FileChange::after).toList());
    }
  }
}
