package dev.policydesigner.app.canvas;

import dev.policydesigner.app.canvas.geometry.Box;

/** Where a line from inside a card leaves the card's rectangle. */
final class ArrowGeometry {
  private static final double GAP = 3;

  private ArrowGeometry() {}

  /** The point where the ray from (cx, cy) in direction (dx, dy) leaves the card, plus a gap. */
  static double[] exitPoint(Box card, double cx, double cy, double dx, double dy) {
    double hw = card.w() / 2 + GAP;
    double hh = card.h() / 2 + GAP;
    double tx = dx == 0 ? Double.MAX_VALUE : hw / Math.abs(dx);
    double ty = dy == 0 ? Double.MAX_VALUE : hh / Math.abs(dy);
    double t = Math.min(tx, ty);
    if (t == Double.MAX_VALUE) {
      return new double[] {cx, cy};
    }
    return new double[] {cx + dx * t, cy + dy * t};
  }
}
