package dev.policydesigner.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.app.problems.ProblemsView;
import dev.policydesigner.app.template.TemplateView;
import dev.policydesigner.model.check.Problem;
import dev.policydesigner.model.example.Examples;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
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
  void hostWithoutRemoteNodeIsListedAndItsQuickFixIsOneUndoableEdit(FxRobot robot)
      throws TimeoutException {
    robot.interact(() -> view().showTab("tab-problems"));
    TableView<Problem> table =
        robot.from(view()).lookup(".problems-view").queryAs(ProblemsView.class).table();
    int row = waitFor(table, "host-without-remote-node", true);
    assertTrue(row >= 0, "the problem is listed");
    Problem problem = table.getItems().get(row);
    assertTrue(problem.fix().isPresent());

    robot.interact(() -> table.getSelectionModel().select(row));
    assertTrue(view().document().selection().contains(problem.elementId()), "its flow is selected");
    robot.interact(() -> view().showTab("tab-problems"));
    robot.clickOn("#quick-fix");
    WaitForAsyncUtils.waitForFxEvents();

    assertEquals(
        -1, waitFor(table, "host-without-remote-node", false), "the fix removes the problem");
    robot.interact(() -> view().document().selection().selectOnly(problem.elementId()));
    robot.interact(() -> view().showTab("tab-template"));
    assertTrue(template(robot).contains("- remote-node"), template(robot));

    robot.push(KeyCode.CONTROL, KeyCode.Z);
    WaitForAsyncUtils.waitForFxEvents();
    assertFalse(template(robot).contains("- remote-node"), template(robot));
    assertTrue(waitFor(table, "host-without-remote-node", true) >= 0, "the problem is back");
    assertFalse(view().document().canUndoProperty().get(), "the fix was one edit");
  }

  @Test
  void doubleClickSelectsTheFlowAndScrollsTheTemplateToItsRuleAndCopyGivesText(FxRobot robot)
      throws Exception {
    robot.interact(() -> view().showTab("tab-problems"));
    TableView<Problem> table =
        robot.from(view()).lookup(".problems-view").queryAs(ProblemsView.class).table();
    int row = waitFor(table, "host-without-remote-node", true);
    Tab tab = tabWithId("tab-problems");
    assertEquals("Problems (" + table.getItems().size() + ")", tab.getText());
    robot.interact(() -> view().document().selection().clear());
    robot.interact(() -> table.scrollTo(row));
    robot.doubleClickOn(
        robot
            .from(table)
            .lookup(".table-row-cell")
            .match((TableRow<Problem> r) -> r.getIndex() == row)
            .queryAs(TableRow.class));
    WaitForAsyncUtils.waitForFxEvents();

    Problem problem = table.getItems().get(row);
    assertEquals(java.util.Set.of(problem.flowId()), view().document().selection().ids());
    assertEquals("tab-template", selectedBottomTab());
    TemplateView template = view().templateView();
    int line = template.markedLine();
    assertTrue(line > 20, "the rule lies further down: " + line);
    String[] lines = template.text().split("\n");
    String rule = String.join("\n", java.util.Arrays.copyOfRange(lines, line - 1, line + 4));
    assertTrue(rule.contains("host"), rule);
    ScrollPane scroll = robot.from(template).lookup(".template-scroll").queryAs(ScrollPane.class);
    assertTrue(scroll.getVvalue() > 0, "scrolled down to the rule");

    robot.interact(() -> view().showTab("tab-problems"));
    robot.interact(() -> table.getSelectionModel().clearAndSelect(row));
    javafx.scene.control.Label detail =
        robot.from(view()).lookup("#problem-detail").queryAs(javafx.scene.control.Label.class);
    assertEquals(problem.message(), detail.getText(), "the whole message, wrapped below the table");
    assertTrue(detail.isWrapText());
    robot.clickOn(table).push(KeyCode.CONTROL, KeyCode.C);
    String copied =
        WaitForAsyncUtils.waitFor(
            WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()));
    assertTrue(copied.startsWith("warning host-without-remote-node "), copied);
    assertTrue(copied.contains("\n  fix: "), copied);
  }

  @Test
  void everyProblemOfTheExampleNamesItsFileAndLine(FxRobot robot) throws TimeoutException {
    robot.interact(() -> view().showTab("tab-problems"));
    TableView<Problem> table =
        robot.from(view()).lookup(".problems-view").queryAs(ProblemsView.class).table();
    waitFor(table, "host-without-remote-node", true);
    waitFor(table, "default-deny-false-is-not-audit", true);
    for (Problem p : table.getItems()) {
      assertTrue(p.line() != null && p.file() != null, p.code() + " at " + p.where());
      assertTrue(p.where().matches(".*\\.yaml\\.j2:\\d+(:\\d+)?"), p.where());
    }
  }

  private Tab tabWithId(String id) {
    return robot()
        .lookup(".bottom-tabs")
        .queryAs(javafx.scene.control.TabPane.class)
        .getTabs()
        .stream()
        .filter(t -> id.equals(t.getId()))
        .findFirst()
        .orElseThrow();
  }

  private String selectedBottomTab() {
    return robot()
        .from(view())
        .lookup(".bottom-tabs")
        .queryAs(javafx.scene.control.TabPane.class)
        .getSelectionModel()
        .getSelectedItem()
        .getId();
  }

  private static FxRobot robot() {
    return new FxRobot();
  }

  /** The engine's findings arrive a moment after each edit: waits until the row is (not) there. */
  private static int waitFor(TableView<Problem> table, String code, boolean present)
      throws TimeoutException {
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> indexOf(table, code) >= 0 == present);
    WaitForAsyncUtils.waitForFxEvents();
    return indexOf(table, code);
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
