package dev.policydesigner.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.app.canvas.geometry.Box;
import dev.policydesigner.app.document.Document;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Position;
import dev.policydesigner.model.edit.MoveNodesEdit;
import dev.policydesigner.model.example.SyntheticCluster;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A canvas with more cards and arrows than fit in view, at 100 %. */
@ExtendWith(ApplicationExtension.class)
class DenseCanvasTest {
  private static final String CSS = "/dev/policydesigner/app/designer.css";
  private static final String DRAGGED = "ns3-app1";
  private final Diagram diagram = new SyntheticCluster(4).generate(120, 400);
  private final Document document = new Document(diagram, null);
  private CanvasView canvas;
  private Stage stage;

  @Start
  void start(Stage s) {
    stage = s;
    canvas = show(s, document);
  }

  private static CanvasView show(Stage s, Document document) {
    CanvasView view = new CanvasView(document);
    Scene scene = new Scene(view, 900, 600);
    scene.getStylesheets().add(DenseCanvasTest.class.getResource(CSS).toExternalForm());
    s.setScene(scene);
    s.show();
    return view;
  }

  private String farthestCard() {
    Position p = position(DRAGGED);
    return diagram.nodes().stream()
        .max(
            java.util.Comparator.comparingDouble(
                n -> Math.hypot(n.position().x() - p.x(), n.position().y() - p.y())))
        .orElseThrow()
        .id();
  }

  private Position position(String id) {
    return document.current().nodes().stream()
        .filter(n -> n.id().equals(id))
        .findFirst()
        .orElseThrow()
        .position();
  }

  @Test
  void cardsOutOfViewAreNoViewsAndFittedBelowTheDetailZoomNoCardIs(FxRobot robot) {
    String far = farthestCard();
    robot.interact(() -> canvas.centerOn(DRAGGED));
    settle();
    assertNotNull(canvas.card(DRAGGED).getScene(), "the card in view is a view");
    NodeCardView farView = canvas.card(far);
    assertTrue(farView == null || farView.getScene() == null, "a card far out of view is not");

    robot.interact(canvas::zoomToFit);
    settle();
    assertTrue(
        canvas.zoom() < PaintView.DETAIL_ZOOM, "fitted, the cards are small: " + canvas.zoom());
    assertNull(canvas.card(DRAGGED).getScene(), "below the detail zoom the cards are painted");
    assertTrue(canvas.isShown(far));
    Box farCard = canvas.geometry().end(far);
    assertTrue(canvas.visibleWorld().intersects(farCard), "fitted, every card is in view");
  }

  @Test
  void afterADragTheCanvasLooksAsIfTheNodeHadBeenMovedByAnEdit(FxRobot robot) throws Exception {
    robot.interact(() -> canvas.centerOn(DRAGGED));
    settle();
    Position before = position(DRAGGED);
    robot.drag(canvas.card(DRAGGED).body(), MouseButton.PRIMARY).moveBy(180, 70).drop();
    settle();
    Position after = position(DRAGGED);
    assertNotEquals(before, after, "the drag moved the node");
    Image dragged = snapshot(canvas.getScene());

    // the same move as a plain edit, on the same canvas and view
    robot.interact(document::undo);
    settle();
    assertEquals(before, position(DRAGGED), "one undo puts the node back");
    robot.interact(() -> document.perform(new MoveNodesEdit(Map.of(DRAGGED, after))));
    settle();
    assertEquals(0, differingPixels(dragged, snapshot(canvas.getScene())), "pixels that differ");
  }

  @Test
  void afterADropAndAZoomTheCanvasLooksLikeAFreshOneOfTheMovedDiagram(FxRobot robot)
      throws Exception {
    Point2D centre = centreOf(DRAGGED);
    assertLooksLikeAFreshCanvasAfter(
        robot,
        c -> {
          c.showWorldPoint(centre.getX(), centre.getY(), 1);
          c.zoomBy(0.8);
        });
  }

  @Test
  void afterADropAndAPanAwayAndBackTheCanvasLooksLikeAFreshOneOfTheMovedDiagram(FxRobot robot)
      throws Exception {
    Point2D centre = centreOf(DRAGGED);
    Point2D far = centreOf(farthestCard());
    assertLooksLikeAFreshCanvasAfter(
        robot,
        c -> {
          c.showWorldPoint(far.getX(), far.getY(), 1);
          c.showWorldPoint(centre.getX(), centre.getY(), 1);
        });
  }

  @Test
  void panningStepByStepAt100PercentPaintsWhatAFreshCanvasPaintsInThatView(FxRobot robot)
      throws Exception {
    assertPanningLooksLikeAFreshCanvas(robot, 1);
  }

  @Test
  void panningStepByStepWithCompactCardsPaintsWhatAFreshCanvasPaintsInThatView(FxRobot robot)
      throws Exception {
    assertPanningLooksLikeAFreshCanvas(robot, 0.3);
  }

  /**
   * Pans in steps that take the view out of the still picture's painted area several times, both
   * ways: the picture is never painted whole again (its pixels move and the strips that come in are
   * painted), and the window shows what a fresh canvas shows in that view.
   */
  private void assertPanningLooksLikeAFreshCanvas(FxRobot robot, double zoom) throws Exception {
    Point2D centre = centreOf(DRAGGED);
    robot.interact(() -> canvas.showWorldPoint(centre.getX(), centre.getY(), zoom));
    settle();
    int wholeBefore = canvas.pictures().wholePaints();
    double[][] steps = panSteps();
    for (double[] step : steps) {
      robot.interact(() -> canvas.panBy(step[0], step[1]));
      settle();
    }
    assertEquals(wholeBefore, canvas.pictures().wholePaints(), "whole paints while panning");
    Image panned = snapshot(canvas.getScene());

    CanvasView[] fresh = new CanvasView[1];
    robot.interact(() -> fresh[0] = show(stage, new Document(document.current(), null)));
    settle();
    robot.interact(
        () -> {
          fresh[0].showWorldPoint(centre.getX(), centre.getY(), zoom);
          for (double[] step : steps) {
            fresh[0].panBy(step[0], step[1]);
          }
        });
    settle();
    assertEquals(
        0,
        differingPixels(panned, snapshot(fresh[0].getScene()), 2),
        "pixels that differ by more than 2 of 255 in a channel");
  }

  /** Right and down, then left and up, then straight left: past the painted margin each way. */
  private static double[][] panSteps() {
    java.util.List<double[]> steps = new java.util.ArrayList<>();
    for (int i = 0; i < 12; i++) {
      steps.add(new double[] {40, 25});
    }
    for (int i = 0; i < 16; i++) {
      steps.add(new double[] {-45, -30});
    }
    for (int i = 0; i < 8; i++) {
      steps.add(new double[] {-60, 0});
    }
    return steps.toArray(double[][]::new);
  }

  /**
   * Drags and drops a card, changes the view with {@code viewChange}, and compares the picture with
   * a canvas that never saw the drag, showing the moved diagram in the same view. The view change
   * paints the arrows that stay put anew, so the arrows of the dropped card are among them again,
   * in their own order (until then they are drawn on top, as while dragging).
   */
  private void assertLooksLikeAFreshCanvasAfter(FxRobot robot, Consumer<CanvasView> viewChange)
      throws Exception {
    robot.interact(() -> canvas.centerOn(DRAGGED));
    settle();
    Position before = position(DRAGGED);
    robot.drag(canvas.card(DRAGGED).body(), MouseButton.PRIMARY).moveBy(180, 70).drop();
    settle();
    assertNotEquals(before, position(DRAGGED), "the drag moved the node");
    robot.interact(() -> viewChange.accept(canvas));
    settle();
    Image dropped = snapshot(canvas.getScene());

    Document moved = new Document(document.current(), null);
    moved.selection().selectOnly(DRAGGED); // as the drag selected it
    CanvasView[] fresh = new CanvasView[1];
    robot.interact(() -> fresh[0] = show(stage, moved));
    settle();
    robot.interact(() -> viewChange.accept(fresh[0]));
    settle();
    assertEquals(0, differingPixels(dropped, snapshot(fresh[0].getScene())), "pixels that differ");
  }

  /** The centre of the card of a node, in the world. */
  private Point2D centreOf(String id) {
    Box b = canvas.geometry().end(id);
    return new Point2D(b.centerX(), b.centerY());
  }

  private static Image snapshot(Scene scene) throws Exception {
    return WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
  }

  /** Lets a few pulses pass: the canvas leaves out and puts back views before a pulse. */
  private static void settle() {
    for (int i = 0; i < 5; i++) {
      javafx.application.Platform.requestNextPulse();
      WaitForAsyncUtils.waitForFxEvents();
    }
  }

  /**
   * The pixels whose colour differs by more than {@code tolerance} (of 255) in a channel. Moved
   * pixels were painted with the picture's earlier offset, and {@code world × zoom + offset} rounds
   * in its last bit differently for another whole-pixel offset below 100 %: an edge pixel may then
   * differ by one level; a strip painted twice or not at all differs by far more.
   */
  private static int differingPixels(Image a, Image b, int tolerance) {
    PixelReader ra = a.getPixelReader();
    PixelReader rb = b.getPixelReader();
    int differing = 0;
    for (int y = 0; y < (int) a.getHeight(); y++) {
      for (int x = 0; x < (int) a.getWidth(); x++) {
        int p = ra.getArgb(x, y);
        int q = rb.getArgb(x, y);
        for (int shift = 0; shift < 32; shift += 8) {
          if (Math.abs(((p >> shift) & 0xff) - ((q >> shift) & 0xff)) > tolerance) {
            differing++;
            break;
          }
        }
      }
    }
    return differing;
  }

  private static int differingPixels(Image a, Image b) {
    assertEquals(a.getWidth(), b.getWidth());
    assertEquals(a.getHeight(), b.getHeight());
    PixelReader ra = a.getPixelReader();
    PixelReader rb = b.getPixelReader();
    int differing = 0;
    for (int y = 0; y < (int) a.getHeight(); y++) {
      for (int x = 0; x < (int) a.getWidth(); x++) {
        if (ra.getArgb(x, y) != rb.getArgb(x, y)) {
          differing++;
        }
      }
    }
    return differing;
  }
}
