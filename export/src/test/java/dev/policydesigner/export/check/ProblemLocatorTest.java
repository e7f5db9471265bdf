package dev.policydesigner.export.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.export.engine.CheckoutPolicies;
import dev.policydesigner.export.engine.RenderedChecks;
import dev.policydesigner.export.template.TemplateWriter;
import dev.policydesigner.export.template.read.ImportResult;
import dev.policydesigner.export.template.read.RepoImporter;
import dev.policydesigner.export.testing.TestData;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.check.Problem;
import dev.policydesigner.model.check.SourceLocation;
import dev.policydesigner.model.derive.DerivedFile;
import dev.policydesigner.model.derive.PolicyDeriver;
import dev.policydesigner.model.engine.EngineChecks;
import dev.policydesigner.model.example.Examples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProblemLocatorTest {
  @TempDir Path dir;

  @Test
  void findingsOfTheRealisticRepoPointAtTheRuleLinesOfTheFilesRead() throws Exception {
    Path repo = TestData.copyRealisticRepo(dir);
    ImportResult result = new RepoImporter().importRepo(repo, null);
    Diagram d = result.diagram();
    List<Problem> located =
        new ProblemLocator(d, result.lines().or(WrittenTemplateLines.of(d)))
            .locate(RenderedChecks.all(d, CheckoutPolicies.none()));
    int oneSidedWithBoth = 0;
    for (Problem p : located) {
      assertTrue(p.line() != null && p.file() != null, p.toString());
      if (p.flowId() == null) {
        continue;
      }
      assertTrue(d.flow(p.flowId()).isPresent(), p.toString());
      List<String> lines = Files.readAllLines(repo.resolve(p.file()));
      String first = lines.get(p.line() - 1).strip();
      assertTrue(first.startsWith("- ") && first.contains(":"), p + " points at " + first);
      if (p.code().equals(EngineChecks.ONE_SIDED_FLOW) && p.locations().size() == 2) {
        oneSidedWithBoth++;
        SourceLocation other = p.locations().get(1);
        String policyLine = Files.readAllLines(repo.resolve(other.file())).get(other.line() - 1);
        assertTrue(
            policyLine.equals("---")
                || policyLine.startsWith("apiVersion:")
                || policyLine.contains("name:"),
            policyLine);
        assertNotEquals(p.locations().get(0), other, "the rule, then the policy denying it");
      }
    }
    assertTrue(oneSidedWithBoth > 0, "some one-sided flows between two policies: " + located);
  }

  @Test
  void findingsOfADesignerDiagramPointAtTheLinesTheTemplateTabShows() {
    for (Diagram d : List.of(Examples.hubble(), Examples.rustfs())) {
      Map<String, String> written = new HashMap<>();
      for (DerivedFile f : new PolicyDeriver().derive(d)) {
        written.put(f.file().path(), new TemplateWriter().write(f));
      }
      List<Problem> located = ProblemLocator.checks(d);
      assertTrue(!located.isEmpty());
      for (Problem p : located) {
        assertTrue(p.line() != null, p.toString());
        String line = written.get(p.file()).lines().toList().get(p.line() - 1);
        if (p.flowId() != null) {
          assertTrue(
              line.startsWith("#% if") || line.strip().startsWith("#|") || line.contains("- "),
              p + " at " + line);
        } else {
          assertTrue(line.startsWith("  name: "), p + " at " + line);
        }
      }
    }
  }

  @Test
  void aProblemThatAlreadyHasALineKeepsIt() {
    Diagram d = Examples.hubble();
    Problem p = Problem.error("x", "y").atFile("a/b.yaml.j2", 3);
    List<Problem> located = new ProblemLocator(d, WrittenTemplateLines.of(d)).locate(List.of(p));
    assertEquals(List.of(p), located);
    assertNotEquals(0, located.get(0).line());
  }
}
