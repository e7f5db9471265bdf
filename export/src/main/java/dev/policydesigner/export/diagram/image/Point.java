package dev.policydesigner.export.diagram.image;

/** A point in canvas units. */
record Point(double x, double y) {

  Point plus(double dx, double dy) {
    return new Point(x + dx, y + dy);
  }

  Point minus(Point o) {
    return new Point(x - o.x, y - o.y);
  }

  Point scale(double f) {
    return new Point(x * f, y * f);
  }

  double length() {
    return Math.hypot(x, y);
  }

  /** This vector turned a quarter clockwise (in screen coordinates, y down) and of length 1. */
  Point unitNormal() {
    double len = length();
    return len == 0 ? new Point(0, -1) : new Point(-y / len, x / len);
  }

  static Point lerp(Point a, Point b, double t) {
    return new Point(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t);
  }
}
