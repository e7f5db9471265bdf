package dev.policydesigner.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.app.canvas.geometry.Box;
import dev.policydesigner.app.document.Document;
import dev.policydesigner.model.example.SyntheticCluster;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The minimap in the corner of a canvas with more than fits in view. */
@ExtendWith(ApplicationExtension.class)
class MinimapTest {
  private static final String CSS = "/dev/policydesigner/app/designer.css";
  private final Document document = new Document(new SyntheticCluster(4).generate(120, 400), null);
  private CanvasView canvas;

  @Start
  void start(Stage s) {
    canvas = new CanvasView(document);
    Scene scene = new Scene(canvas, 900, 600);
    scene.getStylesheets().add(MinimapTest.class.getResource(CSS).toExternalForm());
    s.setScene(scene);
    s.show();
  }

  private Minimap minimap() {
    return (Minimap) canvas.lookup("#minimap");
  }

  @Test
  void showsOnlyWhenPartOfTheDiagramIsOutOfView(FxRobot robot) {
    robot.interact(canvas::zoomToFit);
    settle();
    assertFalse(minimap().isVisible(), "all in view: no minimap");
    robot.interact(() -> canvas.centerOn("ns3-app1"));
    settle();
    assertTrue(minimap().isVisible(), "at 100 % on one card: a minimap");
  }

  @Test
  void aClickInTheMinimapBringsThatPartIntoViewAndItsOutlineFollows(FxRobot robot) {
    robot.interact(() -> canvas.centerOn("ns3-app1"));
    settle();
    Box all = canvas.geometry().bounds();
    Point2D map = minimap().localToScreen(0, 0);
    // a point a quarter into the whole diagram, where the minimap shows it
    double scale =
        Math.min((Minimap.WIDTH - 12) / Math.max(1, all.w()), (Minimap.HEIGHT - 12) / all.h());
    double wx = all.x() + all.w() / 4;
    double wy = all.y() + all.h() / 4;
    double mx = (Minimap.WIDTH - all.w() * scale) / 2 + (wx - all.x()) * scale;
    double my = (Minimap.HEIGHT - all.h() * scale) / 2 + (wy - all.y()) * scale;
    robot.clickOn(new Point2D(map.getX() + mx, map.getY() + my));
    settle();
    Box view = canvas.visibleWorld();
    double tolerance = 2 / scale;
    assertEquals(wx, view.centerX(), tolerance, "the view is centred on the clicked point");
    assertEquals(wy, view.centerY(), tolerance, "the view is centred on the clicked point");
    javafx.scene.shape.Rectangle outline =
        (javafx.scene.shape.Rectangle) minimap().lookup(".minimap-view");
    assertEquals(mx, outline.getX() + outline.getWidth() / 2, 2, "the outline is on that point");
    assertEquals(my, outline.getY() + outline.getHeight() / 2, 2, "the outline is on that point");
  }

  private static void settle() {
    for (int i = 0; i < 5; i++) {
      javafx.application.Platform.requestNextPulse();
      WaitForAsyncUtils.waitForFxEvents();
    }
  }
}
