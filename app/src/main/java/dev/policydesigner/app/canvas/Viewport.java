package dev.policydesigner.app.canvas;

import dev.policydesigner.model.Position;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.layout.Pane;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import javafx.stage.Window;

/**
 * Pan and zoom of the canvas world: screen = translate + scale × world. The translation applied is
 * kept on whole screen pixels: the software renderer then copies cached bitmaps (cards, still
 * arrows) straight instead of interpolating every pixel between two, which is sharper and several
 * times cheaper. The exact translation is kept for the next pan or zoom.
 */
final class Viewport {
  private static final double MIN = 0.02;
  private static final double MAX = 3.0;
  private static final double MARGIN = 30;

  private final Pane pane;
  private final Translate translate = new Translate();
  private final Scale scale = new Scale(1, 1, 0, 0);
  private double exactX;
  private double exactY;
  private boolean userMoved;
  private Runnable onChange = () -> {};
  private final javafx.beans.property.ReadOnlyDoubleWrapper zoom =
      new javafx.beans.property.ReadOnlyDoubleWrapper(1);

  Viewport(Pane pane, Group world) {
    this.pane = pane;
    world.getTransforms().addAll(translate, scale);
    scale.xProperty().addListener((o, a, s) -> zoom.set(s.doubleValue()));
  }

  /** Called after every pan or zoom. */
  void setOnChange(Runnable r) {
    onChange = r;
  }

  Translate translation() {
    return translate;
  }

  Scale scaling() {
    return scale;
  }

  double scale() {
    return scale.getX();
  }

  /** The world rectangle a pane of {@code width} × {@code height} pixels shows. */
  dev.policydesigner.app.canvas.geometry.Box visibleWorld(double width, double height) {
    double s = scale();
    return new dev.policydesigner.app.canvas.geometry.Box(
        -translate.getX() / s, -translate.getY() / s, width / s, height / s);
  }

  /**
   * Until the user pans or zooms, the diagram is kept fitted in view as the pane resizes: runs
   * {@code fit} once the new size is laid out.
   */
  void fitUntilUserZooms(Runnable fit) {
    if (!userMoved && pane.getWidth() > 0 && pane.getHeight() > 0) {
      javafx.application.Platform.runLater(
          () -> {
            if (!userMoved) {
              fit.run();
            }
          });
    }
  }

  /** Whether the user panned or zoomed since the last fit. */
  boolean userMoved() {
    return userMoved;
  }

  void panBy(double dx, double dy) {
    userMoved = true;
    moveTo(exactX + dx, exactY + dy);
    onChange.run();
  }

  /** Zooms by {@code factor} keeping the pane point (px, py) over the same world point. */
  void zoomAt(double px, double py, double factor) {
    userMoved = true;
    double s = scale.getX();
    double next = Math.max(MIN, Math.min(MAX, s * factor));
    double wx = (px - exactX) / s;
    double wy = (py - exactY) / s;
    scale.setX(next);
    scale.setY(next);
    moveTo(px - next * wx, py - next * wy);
    onChange.run();
  }

  /** Shows all of {@code bounds} (world coordinates), at most at 100 %. */
  void fit(Bounds bounds) {
    if (bounds == null || pane.getWidth() <= 0) {
      return;
    }
    double sx = (pane.getWidth() - 2 * MARGIN) / Math.max(1, bounds.getWidth());
    double sy = (pane.getHeight() - 2 * MARGIN) / Math.max(1, bounds.getHeight());
    userMoved = false;
    double s = Math.max(MIN, Math.min(1.0, Math.min(sx, sy)));
    scale.setX(s);
    scale.setY(s);
    moveTo(
        (pane.getWidth() - bounds.getWidth() * s) / 2 - bounds.getMinX() * s,
        (pane.getHeight() - bounds.getHeight() * s) / 2 - bounds.getMinY() * s);
    onChange.run();
  }

  /** Shows world point (wx, wy) in the middle of the pane at zoom {@code s}. */
  void centerOn(double wx, double wy, double s) {
    userMoved = true;
    double next = Math.max(MIN, Math.min(MAX, s));
    scale.setX(next);
    scale.setY(next);
    moveTo(pane.getWidth() / 2 - next * wx, pane.getHeight() / 2 - next * wy);
    onChange.run();
  }

  private void moveTo(double x, double y) {
    exactX = x;
    exactY = y;
    translate.setX(snap(x, outputScale(true)));
    translate.setY(snap(y, outputScale(false)));
  }

  /** The nearest value that falls on a whole device pixel at this output scale. */
  private static double snap(double v, double outputScale) {
    return Math.round(v * outputScale) / outputScale;
  }

  private double outputScale(boolean horizontal) {
    Window w = pane.getScene() == null ? null : pane.getScene().getWindow();
    double s = w == null ? 1 : horizontal ? w.getRenderScaleX() : w.getRenderScaleY();
    return s > 0 ? s : 1;
  }

  javafx.beans.property.ReadOnlyDoubleProperty zoomProperty() {
    return zoom.getReadOnlyProperty();
  }

  /** Zoom and exact translation, to {@link #restore} later. */
  double[] state() {
    return new double[] {scale.getX(), exactX, exactY, userMoved ? 1 : 0};
  }

  /** Returns to a view kept with {@link #state}. */
  void restore(double[] state) {
    scale.setX(state[0]);
    scale.setY(state[0]);
    userMoved = state[3] != 0;
    moveTo(state[1], state[2]);
    onChange.run();
  }

  /** The world point at the top left of the visible area. */
  Position visibleTopLeft() {
    Point2D p = new Point2D(-exactX / scale(), -exactY / scale());
    return new Position(p.getX(), p.getY());
  }
}
