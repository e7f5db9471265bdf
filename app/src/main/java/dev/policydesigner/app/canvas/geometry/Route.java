package dev.policydesigner.app.canvas.geometry;

/**
 * The path of an arrow: a polyline of axis-parallel segments from where it leaves its source to the
 * tip of its head at the target. Immutable.
 */
public final class Route {
  private final double[] xs;
  private final double[] ys;
  private final Box bounds;
  private final java.util.List<Box> looked;

  /** A route through the given points (at least two). */
  public Route(double[] xs, double[] ys) {
    this(xs, ys, java.util.List.of());
  }

  /**
   * A route through the given points, found by looking at the cards within {@code looked}: no card
   * elsewhere could have changed it.
   */
  public Route(double[] xs, double[] ys, java.util.List<Box> looked) {
    this.looked = java.util.List.copyOf(looked);
    this.xs = xs.clone();
    this.ys = ys.clone();
    double minX = Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (int i = 0; i < xs.length; i++) {
      minX = Math.min(minX, xs[i]);
      maxX = Math.max(maxX, xs[i]);
      minY = Math.min(minY, ys[i]);
      maxY = Math.max(maxY, ys[i]);
    }
    bounds = new Box(minX, minY, maxX - minX, maxY - minY);
  }

  /** Whether a card appearing or leaving {@code area} could change the route. */
  public boolean dependsOn(Box area) {
    for (Box b : looked) {
      if (b.intersects(area)) {
        return true;
      }
    }
    return false;
  }

  /** The number of points. */
  public int size() {
    return xs.length;
  }

  public double x(int i) {
    return xs[i];
  }

  public double y(int i) {
    return ys[i];
  }

  /** A box holding the whole route. */
  public Box bounds() {
    return bounds;
  }

  /** The length of segment {@code i} (from point i to i + 1). */
  public double segmentLength(int i) {
    return Math.abs(xs[i + 1] - xs[i]) + Math.abs(ys[i + 1] - ys[i]);
  }

  /** The number of bends. */
  public int bends() {
    return xs.length - 2;
  }

  /** The whole length. */
  public double length() {
    double sum = 0;
    for (int i = 0; i + 1 < xs.length; i++) {
      sum += segmentLength(i);
    }
    return sum;
  }

  /** The distance from (px, py) to the nearest point of the route. */
  public double distanceTo(double px, double py) {
    double best = Double.MAX_VALUE;
    for (int i = 0; i + 1 < xs.length; i++) {
      double cx = clamp(px, xs[i], xs[i + 1]);
      double cy = clamp(py, ys[i], ys[i + 1]);
      best = Math.min(best, Math.hypot(px - cx, py - cy));
    }
    return best;
  }

  /** Whether a segment of the route passes through the box. */
  public boolean meets(Box box) {
    if (!bounds.inflate(0.5).intersects(box)) {
      return false;
    }
    for (int i = 0; i + 1 < xs.length; i++) {
      Box seg = Box.spanning(xs[i], ys[i], xs[i + 1], ys[i + 1]).inflate(0.5);
      if (seg.intersects(box)) {
        return true;
      }
    }
    return false;
  }

  /** This route moved by (dx, dy). */
  public Route moved(double dx, double dy) {
    double[] mx = xs.clone();
    double[] my = ys.clone();
    for (int i = 0; i < mx.length; i++) {
      mx[i] += dx;
      my[i] += dy;
    }
    return new Route(mx, my, looked);
  }

  private static double clamp(double v, double a, double b) {
    return Math.max(Math.min(a, b), Math.min(Math.max(a, b), v));
  }
}
