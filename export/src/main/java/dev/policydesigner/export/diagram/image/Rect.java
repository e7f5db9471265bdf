package dev.policydesigner.export.diagram.image;

/** An axis-aligned rectangle in canvas units. */
record Rect(double x, double y, double width, double height) {

  static Rect around(double centerX, double centerY, double width, double height) {
    return new Rect(centerX - width / 2, centerY - height / 2, width, height);
  }

  double maxX() {
    return x + width;
  }

  double maxY() {
    return y + height;
  }

  double centerX() {
    return x + width / 2;
  }

  double centerY() {
    return y + height / 2;
  }

  boolean contains(double px, double py) {
    return px >= x && px <= maxX() && py >= y && py <= maxY();
  }

  boolean intersects(Rect o) {
    return x < o.maxX() && o.x < maxX() && y < o.maxY() && o.y < maxY();
  }

  /** The area this rectangle shares with {@code o}. */
  double overlap(Rect o) {
    double w = Math.min(maxX(), o.maxX()) - Math.max(x, o.x);
    double h = Math.min(maxY(), o.maxY()) - Math.max(y, o.y);
    return w > 0 && h > 0 ? w * h : 0;
  }

  Rect inflate(double d) {
    return new Rect(x - d, y - d, width + 2 * d, height + 2 * d);
  }

  Rect union(Rect o) {
    double minX = Math.min(x, o.x);
    double minY = Math.min(y, o.y);
    return new Rect(
        minX, minY, Math.max(maxX(), o.maxX()) - minX, Math.max(maxY(), o.maxY()) - minY);
  }

  /** The smallest rectangle holding both points. */
  static Rect spanning(Point a, Point b) {
    return new Rect(
        Math.min(a.x(), b.x()),
        Math.min(a.y(), b.y()),
        Math.abs(a.x() - b.x()),
        Math.abs(a.y() - b.y()));
  }
}
