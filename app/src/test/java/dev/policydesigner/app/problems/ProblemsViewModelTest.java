package dev.policydesigner.app.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.app.cli.CommandLine;
import dev.policydesigner.app.document.Document;
import dev.policydesigner.app.shell.Wiring;
import dev.policydesigner.export.engine.CheckoutPolicies;
import dev.policydesigner.export.engine.RenderedChecks;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.check.Problem;
import dev.policydesigner.model.example.Examples;
import dev.policydesigner.model.lint.DiagramChecks;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProblemsViewModelTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"hubble", "rustfs"})
  void theTabListsWhatCheckPrintsInTheSameOrderAtTheSameElements(String example) {
    Diagram diagram = Examples.byName(example).orElseThrow();
    var services =
        Wiring.services(Preferences.userRoot().node("dev/policydesigner/test-problems"), dir);
    Document document = new Document(diagram, null);
    ProblemsViewModel vm = new ProblemsViewModel(document, services.problems());
    vm.setExtraProblems(EngineProblems.GROUP, services.engineProblems().check(diagram, null));
    List<Problem> checked = RenderedChecks.all(diagram, CheckoutPolicies.none());
    assertFalse(checked.isEmpty(), "each example has a known weakness");
    assertEquals(checked.size(), vm.problems().size());

    StringWriter out = new StringWriter();
    CommandLine.run(
        new String[] {"check", "example:" + example},
        new PrintWriter(out, true),
        new PrintWriter(new StringWriter(), true));
    List<String> lines = out.toString().lines().filter(l -> !l.startsWith("  fix: ")).toList();
    for (int i = 0; i < vm.problems().size(); i++) {
      Problem shown = vm.problems().get(i);
      assertEquals(checked.get(i).code(), shown.code());
      assertEquals(checked.get(i).elementId(), shown.elementId());
      String line = shown.severity().noun() + " " + shown.code() + " " + shown.where() + ": ";
      assertTrue(lines.get(i).startsWith(line), lines.get(i) + " vs " + line);
    }
    assertEquals(Problem.summary(vm.problems()), lines.get(lines.size() - 1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"hubble", "rustfs"})
  void revealingAProblemSelectsItsFlowOrNode(String example) {
    Document document = new Document(Examples.byName(example).orElseThrow(), null);
    ProblemsViewModel vm = new ProblemsViewModel(document, DiagramChecks::of);
    for (Problem p : vm.problems()) {
      if (p.elementId() != null) {
        vm.reveal(p);
        assertTrue(document.selection().contains(p.elementId()), p.toString());
      }
    }
  }
}
