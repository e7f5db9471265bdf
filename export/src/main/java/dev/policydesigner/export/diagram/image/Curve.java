package dev.policydesigner.export.diagram.image;

import java.util.List;

/**
 * A quadratic Bézier curve from {@code start} through control point {@code control} to {@code end};
 * a straight line has its control point in the middle.
 */
record Curve(Point start, Point control, Point end) {

  static Curve straight(Point start, Point end) {
    return new Curve(start, Point.lerp(start, end, 0.5), end);
  }

  /** A curve whose middle lies {@code bulge} units to the right of the straight line. */
  static Curve bulging(Point start, Point end, double bulge) {
    Point mid = Point.lerp(start, end, 0.5);
    Point normal = end.minus(start).unitNormal();
    return new Curve(start, mid.plus(normal.x() * 2 * bulge, normal.y() * 2 * bulge), end);
  }

  Point at(double t) {
    return blossom(t, t);
  }

  /** The part between {@code t0} and {@code t1}, again a quadratic curve. */
  Curve between(double t0, double t1) {
    return new Curve(at(t0), blossom(t0, t1), at(t1));
  }

  /**
   * The part outside both rectangles: from where it leaves {@code from} to where it enters {@code
   * to}.
   */
  Curve clippedTo(List<Rect> from, List<Rect> to) {
    double t0 = firstOutside(from, 0, 1);
    double t1 = lastOutside(to, t0, 1);
    return between(t0, t1);
  }

  /** Whether the control point lies off the straight line. */
  boolean isCurved() {
    Point mid = Point.lerp(start, end, 0.5);
    return control.minus(mid).length() > 0.5;
  }

  /** A rectangle holding the whole curve (the hull of its three points). */
  Rect hull() {
    return Rect.spanning(start, end).union(Rect.spanning(control, control));
  }

  private double firstOutside(List<Rect> r, double lo, double hi) {
    if (!inside(r, at(lo))) {
      return lo;
    }
    for (int i = 0; i < 40; i++) {
      double mid = (lo + hi) / 2;
      Point p = at(mid);
      if (inside(r, p)) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return hi;
  }

  private double lastOutside(List<Rect> r, double lo, double hi) {
    if (!inside(r, at(hi))) {
      return hi;
    }
    for (int i = 0; i < 40; i++) {
      double mid = (lo + hi) / 2;
      Point p = at(mid);
      if (inside(r, p)) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return lo;
  }

  private static boolean inside(List<Rect> rects, Point p) {
    for (Rect r : rects) {
      if (r.contains(p.x(), p.y())) {
        return true;
      }
    }
    return false;
  }

  private Point blossom(double t0, double t1) {
    double a = (1 - t0) * (1 - t1);
    double b = (1 - t0) * t1 + t0 * (1 - t1);
    double c = t0 * t1;
    return new Point(
        a * start.x() + b * control.x() + c * end.x(),
        a * start.y() + b * control.y() + c * end.y());
  }
}
