package dev.policydesigner.app.canvas;

import dev.policydesigner.app.canvas.geometry.Box;
import dev.policydesigner.app.canvas.raster.Raster;
import dev.policydesigner.app.canvas.raster.RasterView;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.scene.layout.Pane;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import javafx.stage.Window;

/**
 * The two pictures the canvas paints itself, under its views: the still picture of everything that
 * does not move, painted for the view and a quarter of a view around it, so that a pan only moves
 * it (once the view leaves that area the picture is centred on the view again by moving its pixels
 * and painting only the strips that come into it; at another zoom or size, or when its content
 * changed, it is painted whole); and the live picture of what a drag moves and of the label under
 * the mouse, painted anew for every step.
 */
final class CanvasPictures {
  private static final double MARGIN = 0.25;
  private static final long LARGE = 6_000_000;

  private final Pane pane;
  private final Translate translate;
  private final Scale scale;
  private final RasterView still = new RasterView();
  private final RasterView live = new RasterView();
  private boolean stillWanted = true;
  private boolean liveWanted;
  private double paintedZoom = Double.NaN;
  private double paintedTx;
  private double paintedTy;
  private double areaX;
  private double areaY;
  private double areaW;
  private double areaH;
  private double paintedW;
  private double paintedH;
  private double paintedScale;
  private int[] liveDirty;
  private int wholePaints;

  CanvasPictures(Pane pane, Translate translate, Scale scale) {
    this.pane = pane;
    this.translate = translate;
    this.scale = scale;
    still.setId("canvas-picture");
    live.setId("canvas-live-picture");
  }

  RasterView still() {
    return still;
  }

  RasterView live() {
    return live;
  }

  /** How often the still picture was painted whole so far. */
  int wholePaints() {
    return wholePaints;
  }

  /** The still picture is to be painted again (its content changed). */
  void stillChanged() {
    stillWanted = true;
  }

  /** The live picture is to be painted again. */
  void liveChanged() {
    liveWanted = true;
  }

  boolean pending() {
    return stillWanted || liveWanted || !covered();
  }

  /** Whether the painted still picture still covers the view at the current pan and zoom. */
  private boolean covered() {
    if (scale.getX() != paintedZoom) {
      return false;
    }
    double ox = translate.getX() - paintedTx;
    double oy = translate.getY() - paintedTy;
    double w = pane.getWidth();
    double h = pane.getHeight();
    return areaX + ox <= 0 && areaY + oy <= 0 && areaX + ox + areaW >= w && areaY + oy + areaH >= h;
  }

  /** Paints what is due and places both pictures for the current pan. */
  void paint(
      GraphPainter painter,
      CanvasGeometry g,
      LiveMove moving,
      DrawnArrow hovered,
      Function<String, Set<Mark>> cardMarks,
      Function<String, Set<Mark>> boxMarks) {
    double w = pane.getWidth();
    double h = pane.getHeight();
    if (w <= 0 || h <= 0) {
      return;
    }
    double ps = pixelScale();
    if (stillWanted || !covered()) {
      BiConsumer<Raster, PaintView> content =
          (r, v) -> painter.paintStill(r, v, g, moving, cardMarks, boxMarks);
      if (stillWanted || !scrolled(content, w, h, ps)) {
        paintStill(content, w, h, ps);
      }
      stillWanted = false;
      liveWanted = true;
    }
    still.relocate(areaX + translate.getX() - paintedTx, areaY + translate.getY() - paintedTy);
    if (liveWanted) {
      paintLive(painter, g, moving, hovered, cardMarks, w, h, ps);
      liveWanted = false;
    }
  }

  /** Paints the still picture whole for the view and the margin around it. */
  private void paintStill(BiConsumer<Raster, PaintView> content, double w, double h, double ps) {
    boolean small = w * h * (1 + 2 * MARGIN) * (1 + 2 * MARGIN) * ps * ps <= LARGE;
    double mx = small ? Math.round(w * MARGIN) : 0;
    double my = small ? Math.round(h * MARGIN) : 0;
    areaX = -mx;
    areaY = -my;
    areaW = w + 2 * mx;
    areaH = h + 2 * my;
    paintedZoom = scale.getX();
    paintedTx = translate.getX();
    paintedTy = translate.getY();
    paintedW = w;
    paintedH = h;
    paintedScale = ps;
    Raster r = still.raster((int) Math.ceil(areaW * ps), (int) Math.ceil(areaH * ps), ps);
    PaintView v = view(r, areaX, areaY, ps);
    content.accept(r, v);
    still.changed();
    wholePaints++;
  }

  /**
   * Centres the still picture on the view again after a pan by moving its pixels and painting the
   * strips that come into it; returns {@code false} when it cannot (another zoom, size or pixel
   * scale, a pan by a fraction of a pixel or by more than the picture) and must be painted whole.
   */
  private boolean scrolled(BiConsumer<Raster, PaintView> content, double w, double h, double ps) {
    Raster r = still.raster();
    if (r == null || scale.getX() != paintedZoom || w != paintedW || h != paintedH) {
      return false;
    }
    double ex = (translate.getX() - paintedTx) * ps;
    double ey = (translate.getY() - paintedTy) * ps;
    int sx = (int) Math.round(ex);
    int sy = (int) Math.round(ey);
    if (ps != paintedScale
        || Math.abs(ex - sx) > 1e-6
        || Math.abs(ey - sy) > 1e-6
        || Math.abs(sx) >= r.width()
        || Math.abs(sy) >= r.height()) {
      return false;
    }
    r.shift(sx, sy);
    paintedTx = translate.getX();
    paintedTy = translate.getY();
    PaintView v = view(r, areaX, areaY, ps);
    int rw = r.width();
    int rh = r.height();
    // the columns that came in, then the rows that came in (less the corner already painted)
    int cx0 = sx > 0 ? 0 : rw + sx;
    int cx1 = sx > 0 ? sx : rw;
    int ry0 = sy > 0 ? 0 : rh + sy;
    int ry1 = sy > 0 ? sy : rh;
    paintPart(content, r, v, cx0, 0, cx1, rh);
    paintPart(content, r, v, sx > 0 ? sx : 0, ry0, sx > 0 ? rw : rw + sx, ry1);
    still.changed();
    return true;
  }

  private static void paintPart(
      BiConsumer<Raster, PaintView> content,
      Raster r,
      PaintView v,
      int x0,
      int y0,
      int x1,
      int y1) {
    if (x0 >= x1 || y0 >= y1) {
      return;
    }
    r.setClip(x0, y0, x1, y1);
    try {
      content.accept(r, v.within(x0, y0, x1, y1));
    } finally {
      r.clearClip();
    }
  }

  private void paintLive(
      GraphPainter painter,
      CanvasGeometry g,
      LiveMove moving,
      DrawnArrow hovered,
      Function<String, Set<Mark>> cardMarks,
      double w,
      double h,
      double ps) {
    boolean empty = moving.isEmpty() && hovered == null;
    live.setVisible(!empty);
    if (empty && liveDirty == null) {
      return;
    }
    Raster r = live.raster((int) Math.ceil(w * ps), (int) Math.ceil(h * ps), ps);
    if (liveDirty != null) {
      r.clear(liveDirty[0], liveDirty[1], liveDirty[2], liveDirty[3]);
    }
    int[] before = liveDirty;
    liveDirty = null;
    PaintView v = view(r, 0, 0, ps);
    if (!empty) {
      painter.paintLive(r, v, g, moving, hovered, cardMarks);
      liveDirty =
          area(v, moving.bounds(g), hovered == null ? null : hovered.route().bounds(), g, hovered);
    }
    int[] changed = union(before, liveDirty);
    if (changed != null) {
      live.changed(changed[0], changed[1], changed[2], changed[3]);
    }
    live.relocate(0, 0);
  }

  /** The raster area the live content covers (with room for heads, strokes and labels). */
  private static int[] area(PaintView v, Box moving, Box hovered, CanvasGeometry g, DrawnArrow h) {
    Box all = moving;
    if (hovered != null) {
      all = all == null ? hovered : all.union(hovered);
      all = all.union(g.labelBoxOf(h));
    }
    if (all == null) {
      return null;
    }
    double pad = 40 * v.pixelScale() + 20 * v.scale();
    return new int[] {
      (int) Math.floor(v.x(all.x()) - pad),
      (int) Math.floor(v.y(all.y()) - pad),
      (int) Math.ceil(v.x(all.maxX()) + pad),
      (int) Math.ceil(v.y(all.maxY()) + pad)
    };
  }

  private static int[] union(int[] a, int[] b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return new int[] {
      Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])
    };
  }

  /** The mapping of the world onto a raster whose top left sits at (x, y) of the pane. */
  private PaintView view(Raster r, double x, double y, double ps) {
    double zoom = scale.getX();
    return new PaintView(
        zoom * ps,
        (translate.getX() - x) * ps,
        (translate.getY() - y) * ps,
        ps,
        zoom,
        r.width(),
        r.height());
  }

  private double pixelScale() {
    Window w = pane.getScene() == null ? null : pane.getScene().getWindow();
    double s = w == null ? 1 : w.getRenderScaleX();
    return s > 0 ? s : 1;
  }
}
