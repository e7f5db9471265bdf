package dev.policydesigner.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.app.problems.ProblemsView;
import dev.policydesigner.app.template.TemplateView;
import dev.policydesigner.model.check.Problem;
import dev.policydesigner.model.example.Examples;
import java.nio.file.Path;
import javafx.scene.control.TableView;
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

@ExtendWith(ApplicationExtension.class)
class ProblemsTabTest {
  @TempDir Path tmp;
  private final WindowFixture fixture = new WindowFixture();
  private MainWindow window;

  @Start
  void start(Stage stage) {
    window = fixture.open(stage, tmp, Examples.hubble());
  }

  @AfterEach
  void tearDown() {
    fixture.dispose();
  }

  private DocumentView view() {
    return window.active().orElseThrow();
  }

  private String template(FxRobot robot) {
    TemplateView t = robot.from(view()).lookup(".template-view").query();
    return t.text();
  }

  @Test
  void hostWithoutRemoteNodeIsListedAndItsQuickFixIsOneUndoableEdit(FxRobot robot) {
    robot.interact(() -> view().showTab("tab-problems"));
    TableView<Problem> table =
        robot.from(view()).lookup(".problems-view").queryAs(ProblemsView.class).table();
    int row = indexOf(table, "host-without-remote-node");
    assertTrue(row >= 0, "the problem is listed");
    Problem problem = table.getItems().get(row);
    assertTrue(problem.fix().isPresent());

    robot.interact(() -> table.getSelectionModel().select(row));
    assertTrue(view().document().selection().contains(problem.elementId()), "its flow is selected");
    robot.interact(() -> view().showTab("tab-problems"));
    robot.clickOn("#quick-fix");
    WaitForAsyncUtils.waitForFxEvents();

    assertEquals(-1, indexOf(table, "host-without-remote-node"), "the fix removes the problem");
    robot.interact(() -> view().document().selection().selectOnly(problem.elementId()));
    robot.interact(() -> view().showTab("tab-template"));
    assertTrue(template(robot).contains("- remote-node"), template(robot));

    robot.push(KeyCode.CONTROL, KeyCode.Z);
    WaitForAsyncUtils.waitForFxEvents();
    assertFalse(template(robot).contains("- remote-node"), template(robot));
    assertTrue(indexOf(table, "host-without-remote-node") >= 0, "the problem is back");
    assertFalse(view().document().canUndoProperty().get(), "the fix was one edit");
  }

  private static int indexOf(TableView<Problem> table, String code) {
    for (int i = 0; i < table.getItems().size(); i++) {
      if (table.getItems().get(i).code().equals(code)) {
        return i;
      }
    }
    return -1;
  }
}
