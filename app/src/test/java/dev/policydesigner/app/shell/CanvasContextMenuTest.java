package dev.policydesigner.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.app.canvas.NodeCardView;
import dev.policydesigner.app.document.Document;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.example.Examples;
import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.control.MenuItem;
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

/** Right-click menus on a node, a flow and the empty canvas. */
@ExtendWith(ApplicationExtension.class)
class CanvasContextMenuTest {
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

  private Document document() {
    return window.active().orElseThrow().document();
  }

  /** A card, looked up on the FX thread (where the canvas paints). */
  private NodeCardView card(String id) {
    return WaitForAsyncUtils.waitForAsyncFx(
        10_000, () -> window.active().orElseThrow().canvas().card(id));
  }

  @Test
  void aNodesMenuOffersItsActionsAndDeleteRemovesItAsOneStep(FxRobot robot) {
    Diagram original = document().current();
    robot.clickOn(card("prometheus").body(), MouseButton.SECONDARY);
    WaitForAsyncUtils.waitForFxEvents();
    for (String item :
        new String[] {"Add flow from here", "Focus (F)", "Show template", "Simulate from here"}) {
      assertTrue(robot.lookup(item).tryQuery().isPresent(), item + " offered");
    }
    assertEquals(java.util.Set.of("prometheus"), document().selection().ids());

    // round the submenus (they open on hover): out to the left, down, then in to Delete
    robot.moveBy(-30, 0);
    robot.moveTo("Delete", org.testfx.robot.Motion.VERTICAL_FIRST).clickOn();
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(document().current().node("prometheus").isEmpty(), "deleted");
    assertTrue(
        document().current().flows().stream()
            .noneMatch(f -> f.from().equals("prometheus") || f.to().equals("prometheus")),
        "with its flows");
    assertEquals("Undo Delete node", document().undoTextProperty().get());
    robot.interact(() -> document().undo());
    assertEquals(original, document().current());
  }

  @Test
  void aFlowsMenuDeletesTheFlow(FxRobot robot) {
    var canvas = window.active().orElseThrow().canvas();
    robot.moveTo(pointOn(canvas, "hubble-ui-to-hubble-relay")).clickOn(MouseButton.SECONDARY);
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(robot.lookup("Simulate this flow").tryQuery().isPresent());
    robot.clickOn("Delete");
    assertTrue(document().current().flow("hubble-ui-to-hubble-relay").isEmpty());
  }

  /** A screen point on the painted arrow of a flow, where no other arrow runs. */
  private static javafx.geometry.Point2D pointOn(
      dev.policydesigner.app.canvas.CanvasView canvas, String flowId) {
    var route = canvas.arrow(flowId).route();
    for (int i = 0; i + 1 < route.size(); i++) {
      for (double t = 0.2; t < 0.9; t += 0.1) {
        double x = route.x(i) + (route.x(i + 1) - route.x(i)) * t;
        double y = route.y(i) + (route.y(i + 1) - route.y(i)) * t;
        javafx.geometry.Point2D scene = canvas.worldToScene(x, y);
        if (canvas.elementAt(scene.getX(), scene.getY()).orElse("").equals(flowId)) {
          return canvas.localToScreen(canvas.sceneToLocal(scene));
        }
      }
    }
    throw new AssertionError("no free point on the arrow of " + flowId);
  }

  @Test
  void theEmptyCanvasOffersPasteAndAddNodeHere(FxRobot robot) {
    NodeCardView dns = card("kube-dns");
    var canvas = window.active().orElseThrow().canvas();
    Bounds b = canvas.localToScreen(canvas.getBoundsInLocal());
    robot.moveTo(b.getMinX() + 20, b.getMinY() + 20).clickOn(MouseButton.SECONDARY);
    WaitForAsyncUtils.waitForFxEvents();
    MenuItem paste = menuItem(robot, "Paste");
    assertTrue(paste.isDisable(), "nothing copied yet");
    robot.clickOn("Add node here");
    javafx.scene.control.Menu add = (javafx.scene.control.Menu) menuItem(robot, "Add node here");
    MenuItem storage =
        add.getItems().stream()
            .filter(i -> "menu-add-storage".equals(i.getId()))
            .findFirst()
            .orElseThrow();
    assertTrue(add.isShowing(), "the submenu opened");
    robot.interact(storage::fire);
    robot.interact(
        () -> {
          add.hide();
          add.getParentPopup().hide();
        });
    WaitForAsyncUtils.waitForFxEvents();
    var added = document().current().node("storage").orElseThrow();
    assertTrue(added.position().x() < dns.getLayoutX(), "placed where the menu was opened");
    assertTrue(added.position().y() < dns.getLayoutY());
    assertFalse(document().current().nodes().isEmpty());
  }

  private static MenuItem menuItem(FxRobot robot, String text) {
    return robot.listWindows().stream()
        .filter(w -> w instanceof javafx.scene.control.ContextMenu)
        .map(w -> (javafx.scene.control.ContextMenu) w)
        .flatMap(m -> m.getItems().stream())
        .filter(i -> text.equals(i.getText()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no menu item " + text));
  }
}
