package dev.policydesigner.app.canvas.geometry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Routes arrows between cards as paths of horizontal and vertical segments that go around the other
 * cards: it tries the straight line, the elbows and the three-segment paths through the gaps
 * between cards, cheapest first (length, plus a penalty per bend), and takes the first that passes
 * through no card; when every one does, the one through the fewest. Arrows that leave or enter a
 * card on the same side share their first or last stretch, so the arrows of a busy card run
 * bundled.
 */
public final class OrthogonalRouter {
  /** Distance the obstacles are grown by: arrows keep at least this far from other cards. */
  public static final double MARGIN = 10;

  private static final double STUB = 16;

  private static final double START_GAP = 2;
  private static final double END_GAP = 3;
  private static final double BEND = 40;
  private static final double CROSSING = 100_000;
  private static final int CHANNELS = 6;

  /** How far from the middle of a stretch the gaps between cards are looked for. */
  private static final double CHANNEL_WINDOW = 320;

  private final ObstacleIndex obstacles;
  private final List<Box> looked = new ArrayList<>();

  /** A router around the boxes in {@code obstacles} (cards grown by {@link #MARGIN}). */
  public OrthogonalRouter(ObstacleIndex obstacles) {
    this.obstacles = obstacles;
  }

  private record Candidate(double[] xs, double[] ys, double cost) {}

  /**
   * The route from card {@code from} to card {@code to} (their keys in the index are skipped where
   * the route leaves and enters them); {@code lane} shifts it sideways, to keep two arrows between
   * the same cards apart.
   */
  public Route route(String fromKey, Box from, String toKey, Box to, double lane) {
    looked.clear();
    List<Candidate> candidates = new ArrayList<>();
    horizontal(from, to, lane, candidates);
    vertical(from, to, lane, candidates);
    elbows(from, to, lane, candidates);
    candidates.sort(Comparator.comparingDouble(Candidate::cost));
    Candidate best = null;
    double bestCost = Double.MAX_VALUE;
    for (Candidate c : candidates) {
      if (c.cost() >= bestCost) {
        break;
      }
      double cost = c.cost() + CROSSING * crossings(c, fromKey, toKey);
      for (int i = 0; i + 1 < c.xs().length; i++) {
        looked.add(Box.spanning(c.xs()[i], c.ys()[i], c.xs()[i + 1], c.ys()[i + 1]).inflate(1));
      }
      if (cost < bestCost) {
        best = c;
        bestCost = cost;
      }
    }
    if (best == null) {
      return straight(from, to);
    }
    return new Route(best.xs(), best.ys(), looked);
  }

  /** A small loop from the right side of a card back into its top. */
  public static Route loop(Box card) {
    double right = card.maxX() + START_GAP;
    double out = card.maxX() + 22;
    double top = card.y() - 22;
    double in = card.maxX() - 28;
    double y = card.y() + 18;
    return new Route(
        new double[] {right, out, out, in, in}, new double[] {y, y, top, top, card.y() - END_GAP});
  }

  private int crossings(Candidate c, String fromKey, String toKey) {
    int n = 0;
    int last = c.xs().length - 2;
    for (int i = 0; i <= last; i++) {
      String skipA = i == 0 ? fromKey : null;
      String skipB = i == last ? toKey : null;
      n += obstacles.crossings(c.xs()[i], c.ys()[i], c.xs()[i + 1], c.ys()[i + 1], skipA, skipB);
    }
    return n;
  }

  /** Leaving and entering through the left or right sides. */
  private void horizontal(Box from, Box to, double lane, List<Candidate> out) {
    double sy = from.centerY() + lane;
    double ty = to.centerY() + lane;
    if (to.x() - from.maxX() >= 2 * STUB) {
      double sx = from.maxX() + START_GAP;
      double tx = to.x() - END_GAP;
      double y = shared(from.y(), from.maxY(), to.y(), to.maxY(), (sy + ty) / 2);
      if (!Double.isNaN(y)) {
        add(out, new double[] {sx, tx}, new double[] {y, y});
      }
      for (double xm : channelsX(from.maxX() + STUB, to.x() - STUB, sy, ty)) {
        add(out, new double[] {sx, xm, xm, tx}, new double[] {sy, sy, ty, ty});
      }
    } else if (from.x() - to.maxX() >= 2 * STUB) {
      double sx = from.x() - START_GAP;
      double tx = to.maxX() + END_GAP;
      double y = shared(from.y(), from.maxY(), to.y(), to.maxY(), (sy + ty) / 2);
      if (!Double.isNaN(y)) {
        add(out, new double[] {sx, tx}, new double[] {y, y});
      }
      for (double xm : channelsX(to.maxX() + STUB, from.x() - STUB, sy, ty)) {
        add(out, new double[] {sx, xm, xm, tx}, new double[] {sy, sy, ty, ty});
      }
    }
    double right = Math.max(from.maxX(), to.maxX()) + STUB;
    add(
        out,
        new double[] {from.maxX() + START_GAP, right, right, to.maxX() + END_GAP},
        new double[] {sy, sy, ty, ty});
    double left = Math.min(from.x(), to.x()) - STUB;
    add(
        out,
        new double[] {from.x() - START_GAP, left, left, to.x() - END_GAP},
        new double[] {sy, sy, ty, ty});
  }

  /** Leaving and entering through the top or bottom sides. */
  private void vertical(Box from, Box to, double lane, List<Candidate> out) {
    double sx = from.centerX() + lane;
    double tx = to.centerX() + lane;
    if (to.y() - from.maxY() >= 2 * STUB) {
      double sy = from.maxY() + START_GAP;
      double ty = to.y() - END_GAP;
      double x = shared(from.x(), from.maxX(), to.x(), to.maxX(), (sx + tx) / 2);
      if (!Double.isNaN(x)) {
        add(out, new double[] {x, x}, new double[] {sy, ty});
      }
      for (double ym : channelsY(from.maxY() + STUB, to.y() - STUB, sx, tx)) {
        add(out, new double[] {sx, sx, tx, tx}, new double[] {sy, ym, ym, ty});
      }
    } else if (from.y() - to.maxY() >= 2 * STUB) {
      double sy = from.y() - START_GAP;
      double ty = to.maxY() + END_GAP;
      double x = shared(from.x(), from.maxX(), to.x(), to.maxX(), (sx + tx) / 2);
      if (!Double.isNaN(x)) {
        add(out, new double[] {x, x}, new double[] {sy, ty});
      }
      for (double ym : channelsY(to.maxY() + STUB, from.y() - STUB, sx, tx)) {
        add(out, new double[] {sx, sx, tx, tx}, new double[] {sy, ym, ym, ty});
      }
    }
    double below = Math.max(from.maxY(), to.maxY()) + STUB;
    add(
        out,
        new double[] {sx, sx, tx, tx},
        new double[] {from.maxY() + START_GAP, below, below, to.maxY() + END_GAP});
    double above = Math.min(from.y(), to.y()) - STUB;
    add(
        out,
        new double[] {sx, sx, tx, tx},
        new double[] {from.y() - START_GAP, above, above, to.y() - END_GAP});
  }

  /** One bend: out of a side of one card, into the top, bottom or a side of the other. */
  private void elbows(Box from, Box to, double lane, List<Candidate> out) {
    double sy = from.centerY() + lane;
    double tx = to.centerX() + lane;
    boolean rightOf = tx > from.maxX() + STUB;
    boolean leftOf = tx < from.x() - STUB;
    boolean above = sy < to.y() - STUB;
    boolean below = sy > to.maxY() + STUB;
    if ((rightOf || leftOf) && (above || below)) {
      double sx = rightOf ? from.maxX() + START_GAP : from.x() - START_GAP;
      double ty = above ? to.y() - END_GAP : to.maxY() + END_GAP;
      add(out, new double[] {sx, tx, tx}, new double[] {sy, sy, ty});
    }
    double sx = from.centerX() + lane;
    double ty = to.centerY() + lane;
    boolean downTo = ty > from.maxY() + STUB;
    boolean upTo = ty < from.y() - STUB;
    boolean leftEnd = sx < to.x() - STUB;
    boolean rightEnd = sx > to.maxX() + STUB;
    if ((downTo || upTo) && (leftEnd || rightEnd)) {
      double sy2 = downTo ? from.maxY() + START_GAP : from.y() - START_GAP;
      double tx2 = leftEnd ? to.x() - END_GAP : to.maxX() + END_GAP;
      add(out, new double[] {sx, sx, tx2}, new double[] {sy2, ty, ty});
    }
  }

  /** Places for a vertical stretch between {@code lo} and {@code hi}: the middle and the gaps. */
  private List<Double> channelsX(double lo, double hi, double y0, double y1) {
    double mid = (lo + hi) / 2;
    List<Double> xs = new ArrayList<>(List.of(mid));
    double a = Math.max(lo, mid - CHANNEL_WINDOW);
    double b2 = Math.min(hi, mid + CHANNEL_WINDOW);
    Box band = Box.spanning(a, Math.min(y0, y1), b2, Math.max(y0, y1));
    looked.add(band);
    for (String key : obstacles.within(band)) {
      Box b = obstacles.get(key);
      addWithin(xs, b.x() - 1, lo, hi);
      addWithin(xs, b.maxX() + 1, lo, hi);
    }
    return nearest(xs, mid);
  }

  /** Places for a horizontal stretch between {@code lo} and {@code hi}. */
  private List<Double> channelsY(double lo, double hi, double x0, double x1) {
    double mid = (lo + hi) / 2;
    List<Double> ys = new ArrayList<>(List.of(mid));
    double a = Math.max(lo, mid - CHANNEL_WINDOW);
    double b2 = Math.min(hi, mid + CHANNEL_WINDOW);
    Box band = Box.spanning(Math.min(x0, x1), a, Math.max(x0, x1), b2);
    looked.add(band);
    for (String key : obstacles.within(band)) {
      Box b = obstacles.get(key);
      addWithin(ys, b.y() - 1, lo, hi);
      addWithin(ys, b.maxY() + 1, lo, hi);
    }
    return nearest(ys, mid);
  }

  private static void addWithin(List<Double> list, double v, double lo, double hi) {
    if (v >= lo && v <= hi) {
      list.add(v);
    }
  }

  private static List<Double> nearest(List<Double> values, double mid) {
    values.sort(Comparator.comparingDouble(v -> Math.abs(v - mid)));
    return values.subList(0, Math.min(CHANNELS, values.size()));
  }

  /**
   * Where a straight stretch can join two sides that face each other: the value nearest {@code
   * wanted} that lies well inside both ranges, or NaN when they barely overlap.
   */
  private static double shared(double a0, double a1, double b0, double b1, double wanted) {
    double lo = Math.max(a0, b0) + STUB / 2;
    double hi = Math.min(a1, b1) - STUB / 2;
    return lo <= hi ? Math.max(lo, Math.min(hi, wanted)) : Double.NaN;
  }

  private static void add(List<Candidate> out, double[] xs, double[] ys) {
    double length = 0;
    for (int i = 0; i + 1 < xs.length; i++) {
      length += Math.abs(xs[i + 1] - xs[i]) + Math.abs(ys[i + 1] - ys[i]);
    }
    out.add(new Candidate(xs, ys, length + BEND * (xs.length - 2)));
  }

  /** The last resort: an elbow from the middle of the right side. */
  private static Route straight(Box from, Box to) {
    return elbow(from, to);
  }

  /**
   * A quick path that does not look at other cards: out of the side facing the target, across, and
   * into the facing side or the top or bottom.
   */
  public static Route elbow(Box from, Box to) {
    boolean right = to.centerX() >= from.centerX();
    double sx = right ? from.maxX() + START_GAP : from.x() - START_GAP;
    double sy = from.centerY();
    double tx = to.centerX();
    if ((right && tx > sx + STUB) || (!right && tx < sx - STUB)) {
      boolean down = to.centerY() > sy;
      double ty = down ? to.y() - END_GAP : to.maxY() + END_GAP;
      if ((down && ty > sy) || (!down && ty < sy)) {
        return new Route(new double[] {sx, tx, tx}, new double[] {sy, sy, ty});
      }
    }
    double ex = right ? to.x() - END_GAP : to.maxX() + END_GAP;
    double xm = (sx + ex) / 2;
    double ty = to.centerY();
    return new Route(new double[] {sx, xm, xm, ex}, new double[] {sy, sy, ty, ty});
  }
}
