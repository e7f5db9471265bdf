package dev.policydesigner.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.app.canvas.CanvasView;
import dev.policydesigner.app.canvas.DrawnArrow;
import dev.policydesigner.app.canvas.NamespaceBox;
import dev.policydesigner.app.document.Document;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.Position;
import dev.policydesigner.model.Workload;
import dev.policydesigner.model.example.Examples;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.geometry.Point2D;
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
 * Namespace boxes: a double click on the title collapses a namespace into one card with the arrows
 * of its flows joined, again expands it, both undoable; dragging the title moves its cards.
 */
@ExtendWith(ApplicationExtension.class)
class NamespaceGroupsTest {
  private static final String NAMESPACE = "storage";
  @TempDir Path tmp;
  private final WindowFixture fixture = new WindowFixture();
  private final Diagram rustfs = Examples.rustfs();
  private MainWindow window;

  @Start
  void start(Stage stage) {
    window = fixture.open(stage, tmp, rustfs);
  }

  @AfterEach
  void tearDown() {
    fixture.dispose();
  }

  private List<String> members() {
    return rustfs.nodes().stream()
        .filter(n -> n instanceof Workload w && w.namespace().equals(NAMESPACE))
        .map(Node::id)
        .toList();
  }

  /** The screen point in the middle of the namespace's title band (or collapsed card). */
  private Point2D title(CanvasView canvas) {
    WaitForAsyncUtils.waitForFxEvents(); // the window fits the diagram once it is laid out
    NamespaceBox box = canvas.namespaceBox(NAMESPACE);
    assertNotNull(box, "the namespace has a box");
    var band = box.titleBand();
    Point2D scene = canvas.worldToScene(band.x() + 60, band.centerY());
    return canvas.localToScreen(canvas.sceneToLocal(scene));
  }

  @Test
  void doubleClickCollapsesANamespaceIntoOneCardAndUndoAndRedoFollow(FxRobot robot) {
    DocumentView view = window.active().orElseThrow();
    CanvasView canvas = view.canvas();
    Document document = view.document();
    List<String> members = members();
    assertTrue(members.size() >= 2, "the example has a namespace of several workloads");
    assertTrue(canvas.namespaceBox(NAMESPACE).together(), "its cards sit together");

    robot.doubleClickOn(title(canvas), MouseButton.PRIMARY);
    WaitForAsyncUtils.waitForFxEvents();

    assertEquals(Set.of(NAMESPACE), document.current().collapsedNamespaces());
    assertTrue(canvas.namespaceBox(NAMESPACE).collapsed());
    members.forEach(id -> assertFalse(canvas.isShown(id), id + " is inside the collapsed card"));
    Flow into =
        rustfs.flows().stream()
            .filter(f -> members.contains(f.to()) && !members.contains(f.from()))
            .findFirst()
            .orElseThrow();
    // the canvas paints on the FX thread
    DrawnArrow joined =
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> canvas.arrow(into.id())));
    assertNotNull(joined, "flows into the namespace are drawn by the collapsed card's arrows");
    assertTrue(joined.isAggregate());
    assertEquals("Collapse namespace " + NAMESPACE, document.undoTextProperty().get().substring(5));

    robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(document.current().collapsedNamespaces().isEmpty(), "undo expands it again");
    members.forEach(id -> assertTrue(canvas.isShown(id), id + " is back"));

    robot
        .press(KeyCode.CONTROL, KeyCode.SHIFT)
        .type(KeyCode.Z)
        .release(KeyCode.SHIFT, KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(canvas.namespaceBox(NAMESPACE).collapsed(), "redo collapses it again");

    robot.doubleClickOn(title(canvas), MouseButton.PRIMARY);
    WaitForAsyncUtils.waitForFxEvents();
    assertFalse(canvas.namespaceBox(NAMESPACE).collapsed(), "a double click expands it");
    members.forEach(id -> assertTrue(canvas.isShown(id), id));
  }

  @Test
  void draggingTheTitleMovesEveryCardOfTheNamespaceAsOneEdit(FxRobot robot) {
    DocumentView view = window.active().orElseThrow();
    CanvasView canvas = view.canvas();
    Document document = view.document();
    Point2D from = title(canvas);
    robot.drag(from, MouseButton.PRIMARY).moveBy(40, 30).moveBy(40, 30).drop();
    WaitForAsyncUtils.waitForFxEvents();

    double dx = Double.NaN;
    double dy = Double.NaN;
    for (String id : members()) {
      Position before = rustfs.node(id).orElseThrow().position();
      Position after = document.current().node(id).orElseThrow().position();
      if (Double.isNaN(dx)) {
        dx = after.x() - before.x();
        dy = after.y() - before.y();
      }
      assertEquals(dx, after.x() - before.x(), 0.5, id + " moved as the others");
      assertEquals(dy, after.y() - before.y(), 0.5, id + " moved as the others");
    }
    assertTrue(dx > 30 && dy > 20, "moved by the drag: " + dx + ", " + dy);
    for (Node n : rustfs.nodes()) {
      if (!members().contains(n.id())) {
        assertEquals(n.position(), document.current().node(n.id()).orElseThrow().position());
      }
    }

    robot.interact(document::undo);
    assertEquals(rustfs.nodes(), document.current().nodes(), "one undo puts them all back");
  }
}
