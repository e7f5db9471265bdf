package dev.policydesigner.app.canvas;

import dev.policydesigner.app.document.Selection;
import java.util.LinkedHashSet;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.shape.Rectangle;

/**
 * Gestures on the empty canvas: rubber-band selection, pan (middle button or Space + drag), zoom
 * (Ctrl + wheel around the pointer), scroll to pan.
 */
final class BackgroundGesture {
  private static final double WHEEL_STEP = 1.1;
  private final CanvasView canvas;
  private final Viewport viewport;
  private final Group overlay;
  private final Selection selection;
  private final Rectangle band = new Rectangle();
  private boolean spaceDown;
  private boolean panning;
  private double lastX;
  private double lastY;
  private Point2D bandStart;
  private Set<String> selectedBefore = Set.of();

  BackgroundGesture(CanvasView canvas, Viewport viewport, Group overlay, Selection selection) {
    this.canvas = canvas;
    this.viewport = viewport;
    this.overlay = overlay;
    this.selection = selection;
    band.getStyleClass().add("rubber-band");
    band.setMouseTransparent(true);
  }

  void install() {
    canvas.setOnMousePressed(this::pressed);
    canvas.setOnMouseDragged(this::dragged);
    canvas.setOnMouseReleased(this::released);
    canvas.setOnScroll(this::scrolled);
    canvas.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.SPACE) {
            spaceDown = true;
            canvas.setCursor(Cursor.OPEN_HAND);
            e.consume();
          }
        });
    canvas.setOnKeyReleased(
        e -> {
          if (e.getCode() == KeyCode.SPACE) {
            spaceDown = false;
            canvas.setCursor(Cursor.DEFAULT);
          }
        });
  }

  private void pressed(MouseEvent e) {
    canvas.requestFocus();
    lastX = e.getX();
    lastY = e.getY();
    if (e.getButton() == MouseButton.MIDDLE
        || (e.getButton() == MouseButton.PRIMARY && spaceDown)) {
      panning = true;
      canvas.setCursor(Cursor.CLOSED_HAND);
    } else if (e.getButton() == MouseButton.PRIMARY) {
      boolean adding = e.isShiftDown() || e.isShortcutDown();
      selectedBefore = adding ? Set.copyOf(selection.ids()) : Set.of();
      if (!adding) {
        selection.clear();
      }
      bandStart = canvas.sceneToWorld(e.getSceneX(), e.getSceneY());
      band.setX(bandStart.getX());
      band.setY(bandStart.getY());
      band.setWidth(0);
      band.setHeight(0);
      overlay.getChildren().add(band);
    }
  }

  private void dragged(MouseEvent e) {
    if (panning) {
      viewport.panBy(e.getX() - lastX, e.getY() - lastY);
      lastX = e.getX();
      lastY = e.getY();
    } else if (bandStart != null) {
      Point2D p = canvas.sceneToWorld(e.getSceneX(), e.getSceneY());
      band.setX(Math.min(p.getX(), bandStart.getX()));
      band.setY(Math.min(p.getY(), bandStart.getY()));
      band.setWidth(Math.abs(p.getX() - bandStart.getX()));
      band.setHeight(Math.abs(p.getY() - bandStart.getY()));
      selection.set(inBand());
    }
  }

  private Set<String> inBand() {
    Set<String> ids = new LinkedHashSet<>(selectedBefore);
    for (NodeCardView c : canvas.cardViews()) {
      boolean inside =
          c.getLayoutX() < band.getX() + band.getWidth()
              && c.getLayoutX() + c.cardWidth() > band.getX()
              && c.getLayoutY() < band.getY() + band.getHeight()
              && c.getLayoutY() + c.cardHeight() > band.getY();
      if (inside) {
        ids.add(c.nodeId());
      }
    }
    return ids;
  }

  private void released(MouseEvent e) {
    if (panning) {
      panning = false;
      canvas.setCursor(spaceDown ? Cursor.OPEN_HAND : Cursor.DEFAULT);
    }
    if (bandStart != null) {
      overlay.getChildren().remove(band);
      bandStart = null;
    }
  }

  private void scrolled(ScrollEvent e) {
    if (e.isShortcutDown() || e.isControlDown()) {
      double factor = e.getDeltaY() > 0 ? WHEEL_STEP : 1 / WHEEL_STEP;
      if (e.getDeltaY() != 0) {
        viewport.zoomAt(e.getX(), e.getY(), factor);
      }
    } else {
      viewport.panBy(e.getDeltaX(), e.getDeltaY());
    }
    e.consume();
  }
}
