package dev.policydesigner.app.canvas;

import dev.policydesigner.app.canvas.geometry.Box;

/**
 * How the world maps onto a raster being painted: raster pixel = world × {@code scale} + offset.
 * {@code pixelScale} is the screen's device pixels per scene unit (2 on a HiDPI screen), already
 * part of {@code scale}; {@code zoom} is the canvas zoom the user sees.
 *
 * @param scale device pixels per world unit
 * @param dx horizontal offset in device pixels
 * @param dy vertical offset in device pixels
 * @param pixelScale device pixels per scene unit
 * @param zoom the canvas zoom (1 = 100 %)
 * @param width raster width in device pixels
 * @param height raster height in device pixels
 * @param window the part of the raster being painted (device pixels): what lies wholly outside it
 *     is skipped
 */
record PaintView(
    double scale,
    double dx,
    double dy,
    double pixelScale,
    double zoom,
    int width,
    int height,
    Part window) {

  /** The mapping onto a raster painted whole. */
  PaintView(double scale, double dx, double dy, double pixelScale, double zoom, int w, int h) {
    this(scale, dx, dy, pixelScale, zoom, w, h, new Part(0, 0, w, h));
  }

  /** The same mapping, painting only [x0, x1) × [y0, y1) of the raster. */
  PaintView within(int x0, int y0, int x1, int y1) {
    return new PaintView(scale, dx, dy, pixelScale, zoom, width, height, new Part(x0, y0, x1, y1));
  }

  /** Below this zoom cards show only their icon and name, and labels only on demand. */
  static final double DETAIL_ZOOM = 0.5;

  /** Whether cards are painted compact (name and icon) instead of shown in full. */
  boolean compact() {
    return zoom < DETAIL_ZOOM;
  }

  double x(double worldX) {
    return worldX * scale + dx;
  }

  double y(double worldY) {
    return worldY * scale + dy;
  }

  /**
   * Whether the world box reaches into the part painted (with a margin of {@code slack} pixels).
   */
  boolean sees(Box b, double slack) {
    return x(b.x()) < window.x1() + slack
        && x(b.maxX()) > window.x0() - slack
        && y(b.y()) < window.y1() + slack
        && y(b.maxY()) > window.y0() - slack;
  }

  /** A rectangle of raster pixels, [x0, x1) × [y0, y1). */
  record Part(int x0, int y0, int x1, int y1) {}

  /** The world area the raster shows. */
  Box world() {
    return new Box(-dx / scale, -dy / scale, width / scale, height / scale);
  }
}
