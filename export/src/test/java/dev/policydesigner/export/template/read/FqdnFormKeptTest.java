package dev.policydesigner.export.template.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.export.diagram.file.DiagramFileReader;
import dev.policydesigner.export.diagram.file.DiagramFileWriter;
import dev.policydesigner.export.plan.Exporter;
import dev.policydesigner.export.plan.FileChange;
import dev.policydesigner.export.repo.RepoCheckout;
import dev.policydesigner.export.template.TemplateWriter;
import dev.policydesigner.export.testing.TestData;
import dev.policydesigner.model.Diagram;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DNS names written unquoted in an imported file stay unquoted when an edit of another rule
 * rewrites the file: the reviewer's diff shows the edit, not a quoting change on every name.
 */
class FqdnFormKeptTest {
  private static final String HOMEPAGE =
      "templates/config/kubernetes/apps/default/homepage/app/networkpolicy.yaml.j2";
  private static final String SPEGEL =
      "templates/config/kubernetes/apps/kube-system/spegel/app/networkpolicy.yaml.j2";

  @TempDir Path dir;

  private static List<String> fqdnLines(String text) {
    return text.lines()
        .filter(l -> l.contains("- matchName:") || l.contains("- matchPattern:"))
        .toList();
  }

  private static List<String> removed(String before, String after) {
    List<String> gone = new ArrayList<>(before.lines().toList());
    after.lines().forEach(gone::remove);
    return gone;
  }

  @Test
  void anEditOfAnotherRuleKeepsTheNamesAsWritten() throws Exception {
    Path repo = TestData.copyRealisticRepo(dir);
    Diagram imported = new RepoImporter().importRepo(repo, null).diagram();
    // through the diagram file, as the command line and the window keep it
    Diagram d = DiagramFileReader.read(DiagramFileWriter.write(imported), "repo.flows.yaml");
    Diagram edited =
        d.mapFlow(
            "homepage-to-home-assistant", f -> f.withDescription("Widget: Home Assistant API"));

    List<FileChange> written =
        new Exporter()
                .plan(edited, RepoCheckout.open(repo), new TemplateWriter()::write, false)
                .files()
                .stream()
                .filter(FileChange::writes)
                .toList();
    assertEquals(List.of(HOMEPAGE), written.stream().map(FileChange::path).toList());
    String before = Files.readString(repo.resolve(HOMEPAGE));
    String after = written.get(0).after();
    assertTrue(fqdnLines(before).contains("        - matchName: api.open-meteo.com"), before);
    assertEquals(fqdnLines(before), fqdnLines(after));
    assertEquals(List.of("    #| Widget: Home Assistant #|"), removed(before, after), after);
  }

  @Test
  void regeneratingKeepsPlainNamesPlainAndAQuotedPatternQuoted() throws Exception {
    Path repo = TestData.copyRealisticRepo(dir);
    Diagram d = new RepoImporter().importRepo(repo, null).diagram();
    FileChange spegel =
        new Exporter()
            .plan(d, RepoCheckout.open(repo), new TemplateWriter()::write, true).files().stream()
                .filter(f -> f.path().equals(SPEGEL))
                .findFirst()
                .orElseThrow();
    List<String> names = fqdnLines(spegel.after());
    assertEquals(fqdnLines(Files.readString(repo.resolve(SPEGEL))), names);
    assertTrue(names.contains("        - matchPattern: \"*.pkg.dev\""), names.toString());
  }
}
