package dev.policydesigner.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.app.document.Document;
import dev.policydesigner.app.export.PlannedFile;
import dev.policydesigner.export.testing.TestData;
import dev.policydesigner.model.Diagram;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A new workload's policy file follows the namespace typed in the inspector. */
@ExtendWith(ApplicationExtension.class)
class NamespaceFollowTest {
  private static final String APPS = "templates/config/kubernetes/apps/";
  @TempDir Path tmp;
  private final WindowFixture fixture = new WindowFixture();
  private MainWindow window;

  @Start
  void start(Stage stage) {
    window = fixture.open(stage, tmp, Diagram.empty("new"));
  }

  @AfterEach
  void tearDown() {
    fixture.dispose();
  }

  private Document document() {
    return window.active().orElseThrow().document();
  }

  @Test
  void changingTheNamespaceMovesTheTemplateAndTheExportPlanAlongAsOneUndoStep(FxRobot robot)
      throws Exception {
    robot.clickOn("#palette-storage");
    assertEquals(APPS + "default/storage/app/networkpolicy.yaml.j2", shownTemplatePath(robot));

    robot.doubleClickOn("#field-namespace");
    robot.push(KeyCode.CONTROL, KeyCode.A).write("storage").type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();

    String moved = APPS + "storage/storage/app/networkpolicy.yaml.j2";
    assertEquals("storage", document().current().workload("storage").orElseThrow().namespace());
    assertEquals(moved, shownTemplatePath(robot));
    assertTrue(
        window.active().orElseThrow().problems().problems().stream()
            .noneMatch(p -> p.code().equals("file-outside-namespace")),
        "no problem left");

    Path repo = TestData.copySampleRepo(tmp);
    robot.interact(() -> window.fileActions().showPlan(window.active().orElseThrow(), repo));
    List<String> planned =
        window.active().orElseThrow().export().files().stream().map(PlannedFile::path).toList();
    assertEquals(List.of(moved, APPS + "storage/storage/app/kustomization.yaml.j2"), planned);

    robot.interact(() -> document().undo());
    assertEquals("default", document().current().workload("storage").orElseThrow().namespace());
    assertEquals(
        APPS + "default/storage/app/networkpolicy.yaml.j2",
        document().current().fileOfSubject("storage").orElseThrow().path());
    assertFalse(
        document().canUndoProperty().get()
            && document().undoTextProperty().get().contains("namespace"),
        "the namespace change and the move were one step");
  }

  private String shownTemplatePath(FxRobot robot) {
    WaitForAsyncUtils.waitForFxEvents();
    javafx.scene.Node view = robot.lookup(".template-view").query();
    Labeled path = robot.from(view).lookup(".template-path").queryAs(Labeled.class);
    return path.getTooltip() != null ? path.getTooltip().getText() : path.getText();
  }
}
