package dev.policydesigner.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.app.canvas.NodeCardView;
import dev.policydesigner.app.document.Document;
import dev.policydesigner.app.template.TemplateView;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Position;
import dev.policydesigner.model.Workload;
import dev.policydesigner.model.example.Examples;
import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
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
class DesignerWindowTest {
  @TempDir Path tmp;
  private final WindowFixture fixture = new WindowFixture();
  private MainWindow window;

  @Start
  void start(Stage stage) {
    window = fixture.open(stage, tmp, Diagram.empty("test"), Examples.hubble());
  }

  @AfterEach
  void tearDown() {
    fixture.dispose();
  }

  private Document document() {
    return window.active().orElseThrow().document();
  }

  /** A card, looked up on the FX thread (where the canvas paints). */
  private NodeCardView card(String id) {
    return WaitForAsyncUtils.waitForAsyncFx(
        10_000, () -> window.active().orElseThrow().canvas().card(id));
  }

  private String template(FxRobot robot) {
    TemplateView view = robot.from(window.active().orElseThrow()).lookup(".template-view").query();
    return view.text();
  }

  private static String ingressPart(String template) {
    // the rule lists sit at spec level, two spaces in; enableDefaultDeny's keys are deeper
    int start = template.indexOf("\n  ingress:");
    if (start < 0) {
      return "";
    }
    int end = template.indexOf("\n  egress:", start);
    return template.substring(start, end < 0 ? template.length() : end);
  }

  @Test
  void flowDrawnBetweenTwoNewWorkloadsAppearsAsIngressRuleAndUndoRedoFollow(FxRobot robot) {
    robot.clickOn("#palette-app");
    robot.clickOn("#palette-app");
    assertEquals(2, document().current().nodes().size());
    NodeCardView source = card("app");
    NodeCardView target = card("app-2");

    robot.drag(source.handle(), MouseButton.PRIMARY).dropTo(target.body());
    robot.clickOn("#flow-ports").write("9000").type(KeyCode.ENTER);
    robot.clickOn(target.body());
    WaitForAsyncUtils.waitForFxEvents();

    assertEquals(1, document().current().flows().size());
    assertTrue(ingressPart(template(robot)).contains("port: \"9000\""), template(robot));

    robot.push(KeyCode.CONTROL, KeyCode.Z);
    assertEquals(0, document().current().flows().size());
    assertFalse(ingressPart(template(robot)).contains("port: \"9000\""), template(robot));

    robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
    assertEquals(1, document().current().flows().size());
    assertTrue(ingressPart(template(robot)).contains("port: \"9000\""), template(robot));
  }

  @Test
  void draggingANodeMovesItAndOneUndoPutsItBack(FxRobot robot) {
    robot.interact(() -> window.select(window.documents().get(1)));
    Position before = document().current().node("hubble-ui").orElseThrow().position();

    robot.drag(card("hubble-ui").body(), MouseButton.PRIMARY).moveBy(60, 90).drop();
    WaitForAsyncUtils.waitForFxEvents();
    Position moved = document().current().node("hubble-ui").orElseThrow().position();
    assertNotEquals(before, moved);
    assertTrue(moved.y() > before.y(), "moved down");
    assertEquals("Undo Move node", document().undoTextProperty().get());

    robot.push(KeyCode.CONTROL, KeyCode.Z);
    assertEquals(before, document().current().node("hubble-ui").orElseThrow().position());
    assertFalse(document().canUndoProperty().get());
  }

  @Test
  void anOutOfRangePortIsDecoratedAndTheModelKeepsTheOldPort(FxRobot robot) {
    robot.interact(() -> window.select(window.documents().get(1)));
    robot.clickOn(card("hubble-ui").body());
    robot.doubleClickOn(
        (javafx.scene.Node)
            robot
                .lookup("#ports-table .table-cell")
                .match(org.testfx.matcher.control.LabeledMatchers.hasText("8081"))
                .query());
    javafx.scene.control.TextField editor =
        robot.lookup(".cell-editor").queryAs(javafx.scene.control.TextField.class);
    robot.write("70000").type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();

    org.controlsfx.validation.ValidationSupport validation =
        (org.controlsfx.validation.ValidationSupport)
            editor.getProperties().get(org.controlsfx.validation.ValidationSupport.class);
    assertTrue(validation.isInvalid(), "the editor reports the port as invalid");
    assertFalse(
        org.controlsfx.control.decoration.Decorator.getDecorations(editor).isEmpty(), "decorated");
    Workload ui = document().current().workload("hubble-ui").orElseThrow();
    assertEquals(8081, ui.ports().get(0).port());
    assertFalse(document().canUndoProperty().get(), "no edit was performed");
  }

  @Test
  void savingThenOpeningGivesTheSameDiagram(FxRobot robot) {
    robot.interact(() -> window.select(window.documents().get(1)));
    Path file = tmp.resolve("hubble.flows.yaml");
    Diagram original = document().current();

    robot.interact(() -> assertTrue(window.fileActions().saveTo(document(), file)));
    assertFalse(document().isDirty());
    robot.interact(() -> assertTrue(window.fileActions().openFile(file)));

    assertEquals(3, window.documents().size());
    assertEquals(original, document().current());
    assertEquals(file, document().fileProperty().get());
  }

  @Test
  void autoLayoutLeavesNoTwoNodesOverlapping(FxRobot robot) {
    robot.interact(() -> window.select(window.documents().get(1)));
    robot.clickOn("View").clickOn("Auto Layout");
    WaitForAsyncUtils.waitForFxEvents();

    assertEquals("Undo Auto layout", document().undoTextProperty().get());
    var nodes = document().current().nodes();
    for (int i = 0; i < nodes.size(); i++) {
      for (int j = i + 1; j < nodes.size(); j++) {
        NodeCardView a = card(nodes.get(i).id());
        NodeCardView b = card(nodes.get(j).id());
        boolean overlap =
            a.getLayoutX() < b.getLayoutX() + b.cardWidth()
                && b.getLayoutX() < a.getLayoutX() + a.cardWidth()
                && a.getLayoutY() < b.getLayoutY() + b.cardHeight()
                && b.getLayoutY() < a.getLayoutY() + a.cardHeight();
        assertFalse(overlap, nodes.get(i).id() + " overlaps " + nodes.get(j).id());
      }
    }
  }
}
