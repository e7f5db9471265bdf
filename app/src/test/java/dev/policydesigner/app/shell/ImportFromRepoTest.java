package dev.policydesigner.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.app.canvas.CanvasView;
import dev.policydesigner.export.template.read.ImportResult;
import dev.policydesigner.export.template.read.RepoImporter;
import dev.policydesigner.export.testing.TestData;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.check.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ImportFromRepoTest {
  @TempDir Path tmp;
  private final WindowFixture fixture = new WindowFixture();
  private MainWindow window;

  @Start
  void start(Stage stage) {
    window = fixture.open(stage, tmp, Diagram.empty("first"));
  }

  @AfterEach
  void tearDown() {
    fixture.dispose();
  }

  @Test
  void importOpensTheRepoAsANewDocumentAndListsItsProblemsWithFileAndLine(FxRobot robot)
      throws Exception {
    Path repo = TestData.copySampleRepo(tmp);
    Path broken = repo.resolve("templates/config/broken-policy.yaml.j2");
    Files.writeString(
        broken,
        "---\napiVersion: cilium.io/v2\nkind: CiliumNetworkPolicy\nmetadata:\n"
            + "  name: broken\nspec:\n  endpointSelector: [unclosed\n");

    Task<ImportResult>[] task = new Task[1];
    robot.interact(() -> task[0] = window.importActions().importRepo(repo));
    ImportResult result = task[0].get(30, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitForFxEvents();

    assertEquals(2, window.documents().size());
    DocumentView view = window.active().orElseThrow();
    Diagram shown = view.document().current();
    assertEquals(result.diagram().flows(), shown.flows());
    assertEquals(result.diagram().files(), shown.files());
    assertEquals(
        shown.nodes().size(),
        shown.nodes().stream().map(n -> n.position()).distinct().count(),
        "laid out: no two nodes on the same spot");
    assertTrue(view.document().isDirty(), "imported and never saved");
    assertTrue(view.document().titleProperty().get().endsWith("*"));
    assertFalse(view.document().current().nodes().isEmpty(), "workloads were imported");
    assertEquals(repo, view.document().repoProperty().get());
    Problem problem =
        view.problems().problems().stream()
            .filter(p -> p.code().equals("import"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(result.problems().toString()));
    assertTrue(
        problem.where().startsWith("templates/config/broken-policy.yaml.j2:"), problem.where());
    assertFalse(robot.lookup("#progress-strip").query().isVisible(), "progress gone when done");
  }

  @Test
  void importingTheTemplatesFolderImportsTheWholeCheckout(FxRobot robot) throws Exception {
    Path repo = TestData.copySampleRepo(tmp);
    ImportResult fromRoot = new RepoImporter().importRepo(repo, null);

    Task<ImportResult>[] task = new Task[1];
    robot.interact(() -> task[0] = window.importActions().importRepo(repo.resolve("templates")));
    ImportResult result = task[0].get(30, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitForFxEvents();

    assertEquals(fromRoot.diagram().files(), result.diagram().files());
    assertEquals(fromRoot.diagram().flows(), result.diagram().flows());
    DocumentView view = window.active().orElseThrow();
    assertEquals(repo.toAbsolutePath().normalize(), view.document().repoProperty().get());
  }

  @Test
  void closingAnImportedNeverSavedDiagramAsksFirst(FxRobot robot) throws Exception {
    Path repo = TestData.copySampleRepo(tmp);
    Task<ImportResult>[] task = new Task[1];
    robot.interact(() -> task[0] = window.importActions().importRepo(repo));
    task[0].get(30, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(2, window.documents().size());

    Platform.runLater(() -> window.fileActions().close());
    WaitForAsyncUtils.waitForFxEvents();
    Button cancel =
        (Button) robot.lookup(".button").match(LabeledMatchers.hasText("Cancel")).query();
    assertTrue(robot.lookup("Don't Save").tryQuery().isPresent(), "Save / Don't Save asked");
    robot.clickOn(cancel);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(2, window.documents().size(), "still open after Cancel");
  }

  @Test
  void theRealisticRepoOpensLaidOutWithEveryProblemAtAFileAndLine(FxRobot robot) throws Exception {
    Path repo = TestData.copyRealisticRepo(tmp);
    Task<ImportResult>[] task = new Task[1];
    robot.interact(() -> task[0] = window.importActions().importRepo(repo));
    ImportResult result = task[0].get(60, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitForFxEvents();
    Diagram shown = window.active().orElseThrow().document().current();
    assertEquals(result.diagram().nodes().size(), shown.nodes().size());
    assertTrue(shown.nodes().size() > 100, "workloads, entities and addresses");
    assertEquals(
        shown.nodes().size(),
        shown.nodes().stream().map(n -> n.position()).distinct().count(),
        "laid out");
    for (Node n : result.diagram().nodes()) {
      assertEquals(
          n.position(),
          shown.node(n.id()).orElseThrow().position(),
          n.id() + " where the importer placed it, by namespace");
    }
    CanvasView canvas = window.active().orElseThrow().canvas();
    List<String> untitled = new ArrayList<>();
    robot.interact(() -> untitled.addAll(canvas.paintedText().untitledNamespaces()));
    assertEquals(List.of(), untitled, "every namespace in a box of its own, titled");
    List<Problem> problems = window.active().orElseThrow().problems().problems();
    assertFalse(problems.isEmpty());
    assertTrue(
        problems.stream()
            .filter(p -> !p.code().equals("invalid-value"))
            .allMatch(p -> p.line() != null),
        problems.toString());
    assertTrue(
        problems.stream().noneMatch(p -> p.code().equals("invalid-value")),
        "template placeholders are values: " + problems);
  }
}
