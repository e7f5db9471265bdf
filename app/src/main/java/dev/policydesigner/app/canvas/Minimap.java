package dev.policydesigner.app.canvas;

import dev.policydesigner.app.canvas.geometry.Box;
import dev.policydesigner.app.canvas.raster.Raster;
import dev.policydesigner.app.canvas.raster.RasterView;
import java.util.Map;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * The whole diagram in small in a corner of the canvas: namespace boxes, cards and arrows, with the
 * part in view outlined. Clicking or dragging in it brings that part into view.
 */
final class Minimap extends Pane {
  static final double WIDTH = 200;
  static final double HEIGHT = 140;
  private static final double PAD = 6;
  private final CanvasView canvas;
  private final Region frame = new Region();
  private final RasterView picture = new RasterView();
  private final Rectangle view = new Rectangle();
  private Box content;
  private double scale = 1;
  private double offsetX;
  private double offsetY;

  Minimap(CanvasView canvas) {
    this.canvas = canvas;
    setId("minimap");
    getStyleClass().add("minimap");
    setPrefSize(WIDTH, HEIGHT);
    setMinSize(WIDTH, HEIGHT);
    setMaxSize(WIDTH, HEIGHT);
    view.getStyleClass().add("minimap-view");
    view.setMouseTransparent(true);
    // the frame casts the shadow; as a bitmap it is not blurred again when the outline moves
    frame.getStyleClass().add("minimap-frame");
    frame.setManaged(false);
    frame.setMouseTransparent(true);
    frame.resizeRelocate(-1, -1, WIDTH + 2, HEIGHT + 2);
    frame.setCache(true);
    Pane inner = new Pane(picture, view);
    inner.setClip(new Rectangle(WIDTH, HEIGHT));
    inner.setMouseTransparent(true);
    getChildren().addAll(frame, inner);
    setOnMousePressed(this::jump);
    setOnMouseDragged(this::jump);
    setOnMouseReleased(MouseEvent::consume);
    setOnScroll(javafx.event.Event::consume);
  }

  private void jump(MouseEvent e) {
    if (content != null) {
      canvas.showWorldPoint((e.getX() - offsetX) / scale, (e.getY() - offsetY) / scale);
    }
    e.consume();
  }

  /** Paints the diagram of {@code g} anew. */
  void paint(CanvasGeometry g, CanvasPalette palette, double pixelScale) {
    content = g.bounds();
    Raster r = picture.raster((int) (WIDTH * pixelScale), (int) (HEIGHT * pixelScale), pixelScale);
    r.fill(CanvasPalette.fade(palette.cardFill(), 0.92));
    if (content == null) {
      picture.changed();
      return;
    }
    scale =
        Math.min(
            (WIDTH - 2 * PAD) / Math.max(1, content.w()),
            (HEIGHT - 2 * PAD) / Math.max(1, content.h()));
    offsetX = (WIDTH - content.w() * scale) / 2 - content.x() * scale;
    offsetY = (HEIGHT - content.h() * scale) / 2 - content.y() * scale;
    double s = scale * pixelScale;
    double dx = offsetX * pixelScale;
    double dy = offsetY * pixelScale;
    for (NamespaceBox b : g.boxes()) {
      if (b.together() && !b.collapsed()) {
        fill(r, b.frame(), s, dx, dy, palette.boxBorder());
      }
    }
    for (NamespaceBox b : g.peerBoxes()) {
      if (b.together()) {
        fill(r, b.frame(), s, dx, dy, palette.boxBorder());
      }
    }
    int arrow = CanvasPalette.fade(palette.arrow(), 0.35);
    for (DrawnArrow a : g.arrows()) {
      var route = a.route();
      for (int i = 0; i + 1 < route.size(); i++) {
        double x0 = route.x(i) * s + dx;
        double y0 = route.y(i) * s + dy;
        double x1 = route.x(i + 1) * s + dx;
        double y1 = route.y(i + 1) * s + dy;
        r.fillRect(
            Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1) + 1, Math.max(y0, y1) + 1, arrow);
      }
    }
    for (Map.Entry<String, Box> c : g.cards().entrySet()) {
      fill(r, c.getValue(), s, dx, dy, palette.arrow());
    }
    for (NamespaceBox b : g.boxes()) {
      if (b.collapsed()) {
        fill(r, b.frame(), s, dx, dy, palette.accent());
      }
    }
    picture.changed();
  }

  private static void fill(Raster r, Box b, double s, double dx, double dy, int argb) {
    double x = b.x() * s + dx;
    double y = b.y() * s + dy;
    r.fillRect(x, y, x + Math.max(1, b.w() * s), y + Math.max(1, b.h() * s), argb);
  }

  /** Outlines the part of the world in view. */
  void showView(Box visible) {
    view.setX(visible.x() * scale + offsetX);
    view.setY(visible.y() * scale + offsetY);
    view.setWidth(visible.w() * scale);
    view.setHeight(visible.h() * scale);
  }
}
