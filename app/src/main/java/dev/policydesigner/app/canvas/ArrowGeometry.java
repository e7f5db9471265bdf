package dev.policydesigner.app.canvas;

import dev.policydesigner.app.canvas.geometry.Box;
import java.util.function.DoubleUnaryOperator;
import javafx.scene.control.Label;
import javafx.scene.shape.QuadCurve;

/** Where a line from inside a card leaves the card's rectangle, and curves between two cards. */
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

  /**
   * Lays {@code line} out from one card to another as a curve bowed sideways by what {@code
   * bowForLength} gives for the distance between their centres (negative: to the other side), from
   * edge to edge, and centres {@code label} on the curve's middle.
   */
  static void layOutBowed(
      QuadCurve line, Label label, Box from, Box to, DoubleUnaryOperator bowForLength) {
    double ax = from.centerX();
    double ay = from.centerY();
    double bx = to.centerX();
    double by = to.centerY();
    double dx = bx - ax;
    double dy = by - ay;
    double len = Math.max(1e-6, Math.hypot(dx, dy));
    double bow = bowForLength.applyAsDouble(len);
    double cx = (ax + bx) / 2 + dy / len * bow;
    double cy = (ay + by) / 2 - dx / len * bow;
    double[] s = exitPoint(from, ax, ay, cx - ax, cy - ay);
    double[] e = exitPoint(to, bx, by, cx - bx, cy - by);
    line.setStartX(s[0]);
    line.setStartY(s[1]);
    line.setControlX(cx);
    line.setControlY(cy);
    line.setEndX(e[0]);
    line.setEndY(e[1]);
    double mx = 0.25 * s[0] + 0.5 * cx + 0.25 * e[0];
    double my = 0.25 * s[1] + 0.5 * cy + 0.25 * e[1];
    double w = label.prefWidth(-1);
    double h = label.prefHeight(-1);
    label.resizeRelocate(mx - w / 2, my - h / 2, w, h);
  }
}
