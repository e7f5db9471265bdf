package dev.policydesigner.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.app.canvas.CanvasView;
import dev.policydesigner.app.canvas.Neighbourhood;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.example.Examples;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
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

/**
 * Focus (F, or the node's right-click menu) shows a node with its neighbours only, F again those
 * two flows away; Esc shows everything again.
 */
@ExtendWith(ApplicationExtension.class)
class FocusTest {
  @TempDir Path tmp;
  private final WindowFixture fixture = new WindowFixture();
  private final Diagram hubble = Examples.hubble();
  private MainWindow window;

  @Start
  void start(Stage stage) {
    window = fixture.open(stage, tmp, hubble);
  }

  @AfterEach
  void tearDown() {
    fixture.dispose();
  }

  /** The node with the fewest flows that still has some, so a focus leaves others out. */
  private String leastConnected() {
    return hubble.nodes().stream()
        .map(Node::id)
        .filter(id -> !hubble.flowsTouching(id).isEmpty())
        .min(java.util.Comparator.comparingInt(id -> hubble.flowsTouching(id).size()))
        .orElseThrow();
  }

  private Set<String> neighbours(String id) {
    Set<String> ids = new HashSet<>(Set.of(id));
    for (Flow f : hubble.flowsTouching(id)) {
      ids.add(f.from());
      ids.add(f.to());
    }
    return ids;
  }

  @Test
  void focusOnANodeHidesEveryNodeThatIsNotItsNeighbourAndEscShowsThemAgain(FxRobot robot) {
    CanvasView canvas = window.active().orElseThrow().canvas();
    String focused = leastConnected();
    Set<String> shown = neighbours(focused);
    assertTrue(shown.size() < hubble.nodes().size(), "the example has nodes outside the focus");

    robot.clickOn("#card-" + focused);
    robot.type(KeyCode.F);
    WaitForAsyncUtils.waitForFxEvents();

    assertNotNull(canvas.focusProperty().get());
    for (Node n : hubble.nodes()) {
      assertEquals(shown.contains(n.id()), canvas.isShown(n.id()), n.id());
      boolean inScene = canvas.card(n.id()).getScene() != null;
      assertEquals(shown.contains(n.id()), inScene, n.id() + " drawn");
    }
    for (Flow f : hubble.flows()) {
      boolean between = shown.contains(f.from()) && shown.contains(f.to());
      assertEquals(between, canvas.isShown(f.id()), f.id());
    }

    robot.type(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();

    assertNull(canvas.focusProperty().get());
    for (Node n : hubble.nodes()) {
      assertTrue(canvas.isShown(n.id()), n.id());
      assertNotNull(canvas.card(n.id()).getScene(), n.id() + " drawn again");
    }
    assertFalse(canvas.isShown("no-such-node"));
  }

  @Test
  void theMenusFocusShowsOneFlowAwayFAgainTwoAndEscAll(FxRobot robot) {
    CanvasView canvas = window.active().orElseThrow().canvas();
    String focused = leastConnected();
    Set<String> oneHop = Neighbourhood.of(hubble, Set.of(focused), 1).nodeIds();
    Set<String> twoHops = Neighbourhood.of(hubble, Set.of(focused), 2).nodeIds();
    assertTrue(oneHop.size() < twoHops.size(), "two flows away reaches further");
    assertTrue(twoHops.size() < hubble.nodes().size(), "and still leaves nodes out");

    robot.clickOn(canvas.card(focused).body(), MouseButton.SECONDARY);
    robot.clickOn("Focus (F)");
    WaitForAsyncUtils.waitForFxEvents();
    for (Node n : hubble.nodes()) {
      assertEquals(oneHop.contains(n.id()), canvas.isShown(n.id()), n.id() + " one flow away");
    }

    robot.type(KeyCode.F);
    WaitForAsyncUtils.waitForFxEvents();
    for (Node n : hubble.nodes()) {
      assertEquals(twoHops.contains(n.id()), canvas.isShown(n.id()), n.id() + " two flows away");
    }

    robot.type(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();
    assertNull(canvas.focusProperty().get());
    assertTrue(hubble.nodes().stream().allMatch(n -> canvas.isShown(n.id())), "all shown again");
  }
}
