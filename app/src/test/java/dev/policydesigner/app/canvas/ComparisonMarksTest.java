package dev.policydesigner.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.app.document.Document;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.example.Examples;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A comparison with a revision colours the arrows of the flows whose connections changed. */
@ExtendWith(ApplicationExtension.class)
class ComparisonMarksTest {
  private static final Set<Mark> CHANGE_MARKS = Set.of(Mark.ADDED, Mark.REMOVED, Mark.CHANGED);
  private final Diagram rustfs = Examples.rustfs();
  private CanvasView canvas;

  @Start
  void start(Stage stage) {
    canvas = new CanvasView(new Document(rustfs, null));
    stage.setScene(new Scene(canvas, 1000, 700));
    stage.show();
  }

  private Set<Mark> changeMarks(String flowId) {
    Set<Mark> m = new java.util.HashSet<>(canvas.marks(flowId));
    m.retainAll(CHANGE_MARKS);
    return m;
  }

  @Test
  void arrowsOfAddedRemovedAndChangedFlowsAreMarkedUntilCleared(FxRobot robot) {
    List<String> ids = rustfs.flows().stream().map(Flow::id).limit(4).toList();
    robot.interact(
        () ->
            canvas
                .overlay()
                .setChanges(
                    Map.of(ids.get(0), "added", ids.get(1), "removed", ids.get(2), "changed")));

    assertEquals(Set.of(Mark.ADDED), changeMarks(ids.get(0)));
    assertEquals(Set.of(Mark.REMOVED), changeMarks(ids.get(1)));
    assertEquals(Set.of(Mark.CHANGED), changeMarks(ids.get(2)));
    assertTrue(changeMarks(ids.get(3)).isEmpty(), "an unchanged flow keeps its look");
    assertEquals(3, canvas.overlay().changes().size());

    robot.interact(() -> canvas.overlay().setChanges(Map.of()));
    ids.forEach(id -> assertTrue(changeMarks(id).isEmpty(), id + " plain again"));
  }

  @Test
  void anArrowOfACollapsedNamespaceWithAnAddedAndARemovedFlowIsMarkedChanged(FxRobot robot) {
    robot.interact(() -> canvas.setCollapsed(Set.copyOf(canvas.namespaces()), true));
    DrawnArrow joined =
        rustfs.flows().stream()
            .map(f -> canvas.arrow(f.id()))
            .filter(a -> a != null && a.flows().size() > 1)
            .findFirst()
            .orElseThrow(() -> new AssertionError("collapsed namespaces join flows"));
    String added = joined.flows().get(0).id();
    String removed = joined.flows().get(1).id();
    robot.interact(() -> canvas.overlay().setChanges(Map.of(added, "added", removed, "removed")));

    Set<Mark> marks = canvas.arrow(added).marks();
    assertTrue(marks.contains(Mark.CHANGED), "both kinds on one arrow: " + marks);
    assertFalse(marks.contains(Mark.ADDED));
    assertFalse(marks.contains(Mark.REMOVED));
  }
}
