package dev.policydesigner.app.canvas;

/** Where an arrow leaves a card's rectangle. */
final class ArrowGeometry {
  private static final double GAP = 3;

  private ArrowGeometry() {}

  /** The point where the ray from (cx, cy) in direction (dx, dy) leaves the card, plus a gap. */
  static double[] exitPoint(NodeCardView card, double cx, double cy, double dx, double dy) {
    double hw = card.cardWidth() / 2 + GAP;
    double hh = card.cardHeight() / 2 + GAP;
    double tx = dx == 0 ? Double.MAX_VALUE : hw / Math.abs(dx);
    double ty = dy == 0 ? Double.MAX_VALUE : hh / Math.abs(dy);
    double t = Math.min(tx, ty);
    if (t == Double.MAX_VALUE) {
      return new double[] {cx, cy};
    }
    return new double[] {cx + dx * t, cy + dy * t};
  }

  /** Whether the segment (x0, y0)–(x1, y1) meets the box (Liang–Barsky clipping). */
  static boolean segmentMeetsBox(
      double x0,
      double y0,
      double x1,
      double y1,
      double minX,
      double minY,
      double maxX,
      double maxY) {
    double dx = x1 - x0;
    double dy = y1 - y0;
    double[] p = {-dx, dx, -dy, dy};
    double[] q = {x0 - minX, maxX - x0, y0 - minY, maxY - y0};
    double t0 = 0;
    double t1 = 1;
    for (int i = 0; i < 4; i++) {
      if (p[i] == 0) {
        if (q[i] < 0) {
          return false;
        }
      } else {
        double t = q[i] / p[i];
        if (p[i] < 0) {
          t0 = Math.max(t0, t);
        } else {
          t1 = Math.min(t1, t);
        }
      }
    }
    return t0 <= t1;
  }
}
