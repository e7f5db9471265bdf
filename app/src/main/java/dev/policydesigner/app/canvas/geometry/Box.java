package dev.policydesigner.app.canvas.geometry;

/**
 * An axis-parallel rectangle in canvas-world units.
 *
 * @param x left edge
 * @param y top edge
 * @param w width (not negative)
 * @param h height (not negative)
 */
public record Box(double x, double y, double w, double h) {
  /** The box spanning two corners, in either order. */
  public static Box spanning(double x0, double y0, double x1, double y1) {
    return new Box(Math.min(x0, x1), Math.min(y0, y1), Math.abs(x1 - x0), Math.abs(y1 - y0));
  }

  public double maxX() {
    return x + w;
  }

  public double maxY() {
    return y + h;
  }

  public double centerX() {
    return x + w / 2;
  }

  public double centerY() {
    return y + h / 2;
  }

  public boolean contains(double px, double py) {
    return px >= x && px <= x + w && py >= y && py <= y + h;
  }

  /** Whether the boxes share more than an edge. */
  public boolean intersects(Box o) {
    return x < o.maxX() && o.x < maxX() && y < o.maxY() && o.y < maxY();
  }

  /** Whether the boxes share more than an edge, given the other one as edges. */
  public boolean intersects(double minX, double minY, double maxX, double maxY) {
    return x < maxX && minX < maxX() && y < maxY && minY < maxY();
  }

  public Box union(Box o) {
    double minX = Math.min(x, o.x);
    double minY = Math.min(y, o.y);
    return new Box(
        minX, minY, Math.max(maxX(), o.maxX()) - minX, Math.max(maxY(), o.maxY()) - minY);
  }

  /** This box grown by {@code d} on every side. */
  public Box inflate(double d) {
    return new Box(x - d, y - d, w + 2 * d, h + 2 * d);
  }

  public Box moved(double dx, double dy) {
    return new Box(x + dx, y + dy, w, h);
  }
}
