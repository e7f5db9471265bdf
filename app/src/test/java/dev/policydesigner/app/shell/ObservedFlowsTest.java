package dev.policydesigner.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.app.canvas.CanvasView;
import dev.policydesigner.app.canvas.GhostEdgeView;
import dev.policydesigner.app.canvas.Mark;
import dev.policydesigner.export.engine.DiagramSimulator;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.engine.Query;
import dev.policydesigner.model.example.Examples;
import java.nio.file.Path;
import java.util.List;
import javafx.css.PseudoClass;
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
class ObservedFlowsTest {
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

  private static boolean has(javafx.scene.Node n, String state) {
    return n.getPseudoClassStates().contains(PseudoClass.getPseudoClass(state));
  }

  @Test
  void overlaysCountsVerdictsAndGhostEdgesAndAddsAGhostAsOneUndoableFlow(FxRobot robot)
      throws Exception {
    DocumentView view = window.active().orElseThrow();
    CanvasView canvas = view.canvas();
    Path flows = Path.of(getClass().getResource("/hubble/hubble-overlay.json").toURI());
    robot.interact(() -> assertTrue(new ObserveActions(window).load(view, flows)));

    assertTrue(canvas.marks("gateway-to-hubble-ui").contains(Mark.OBSERVED));
    assertFalse(canvas.marks("gateway-to-hubble-ui").contains(Mark.DROPPED));
    assertTrue(
        canvas.marks("hubble-ui-to-hubble-relay").contains(Mark.AUDIT), "AUDIT verdict in amber");
    assertTrue(canvas.marks("prometheus-to-hubble-relay").contains(Mark.UNOBSERVED));
    List<GhostEdgeView> ghosts = canvas.ghostEdges();
    assertEquals(1, ghosts.size());
    GhostEdgeView ghost = ghosts.get(0);
    assertEquals(4245, ghost.traffic().port());
    assertTrue(has(ghost, "dropped"));
    assertTrue(
        ghost.label().getTooltip().getText().contains("kube-system/hubble-relay"),
        "the policy Hubble named");

    assertTrue(
        view.problems().problems().stream()
            .anyMatch(p -> p.code().equals("observed-without-flow") && p.fix().isPresent()),
        "the traffic is listed with Add as flow as its quick fix");
    assertTrue(
        view.problems().problems().stream()
            .anyMatch(
                p ->
                    p.code().equals("never-observed")
                        && "prometheus-to-hubble-relay".equals(p.elementId())));

    robot.clickOn(ghost.label(), MouseButton.SECONDARY);
    robot.clickOn("Add as flow");
    WaitForAsyncUtils.waitForFxEvents();

    Diagram d = view.document().current();
    Flow added =
        d.flows().stream()
            .filter(f -> f.from().equals("gateway") && f.to().equals("hubble-relay"))
            .findFirst()
            .orElseThrow();
    assertEquals(4245, added.ports().get(0).port());
    assertTrue(canvas.ghostEdges().isEmpty(), "the traffic now matches the new flow");
    assertTrue(canvas.marks(added.id()).contains(Mark.OBSERVED));
    assertEquals(
        "ALLOWED",
        DiagramSimulator.simulate(d, Query.between("gateway", "hubble-relay", 4245)).headline(),
        "exported, the new flow allows the traffic");

    robot.push(KeyCode.CONTROL, KeyCode.Z);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(Examples.hubble().flows(), view.document().current().flows());
    assertEquals(1, canvas.ghostEdges().size(), "the ghost is back");

    robot.interact(() -> new ObserveActions(window).clear());
    assertTrue(canvas.ghostEdges().isEmpty());
    assertTrue(view.problems().problems().stream().noneMatch(p -> p.code().startsWith("observed")));
    assertFalse(canvas.marks("prometheus-to-hubble-relay").contains(Mark.UNOBSERVED));
    assertFalse(canvas.marks("hubble-ui-to-hubble-relay").contains(Mark.AUDIT));
  }
}
