package dev.policydesigner.export.diagram.image;

import java.util.ArrayList;
import java.util.List;

/**
 * Places flow labels one after the other on the first of their anchors where they cover no card and
 * no label placed before; where every anchor collides, on the one that collides least.
 */
final class LabelPlacer {
  private static final double CLEARANCE = 4;
  private static final double MIN_VISIBLE_LINE = 56;

  private LabelPlacer() {}

  /** The box of each label, in the order of {@code shapes}. */
  static List<Rect> place(List<FlowShape> shapes, List<FlowLabel> labels, List<Rect> cards) {
    List<Rect> placed = new ArrayList<>();
    for (int i = 0; i < shapes.size(); i++) {
      placed.add(best(shapes.get(i), labels.get(i), cards, placed));
    }
    return placed;
  }

  private static Rect best(FlowShape shape, FlowLabel label, List<Rect> cards, List<Rect> placed) {
    Rect best = null;
    double bestCost = Double.MAX_VALUE;
    for (Rect box : candidates(shape, label)) {
      double cost = cost(box.inflate(CLEARANCE), cards, placed);
      if (cost < bestCost) {
        best = box;
        bestCost = cost;
      }
      if (cost == 0) {
        break;
      }
    }
    return best;
  }

  /**
   * Boxes on the line first when the line is long enough to show on both sides of the label,
   * otherwise boxes beside the middle of the line (above it, or right of a vertical line) first.
   */
  static List<Rect> candidates(FlowShape shape, FlowLabel label) {
    List<Rect> onLine = new ArrayList<>();
    Point out = shape.outward();
    for (Point anchor : shape.anchors()) {
      double cx = anchor.x() + out.x() * label.width() / 2;
      double cy = anchor.y() + out.y() * label.height() / 2;
      onLine.add(Rect.around(cx, cy, label.width(), label.height()));
    }
    if (out.x() != 0 || out.y() != 0) {
      return onLine;
    }
    Point d = shape.direction();
    double along = Math.abs(d.x()) * label.width() + Math.abs(d.y()) * label.height();
    List<Rect> beside = besideMiddle(shape, label);
    List<Rect> all = new ArrayList<>();
    if (shape.length() >= along + MIN_VISIBLE_LINE) {
      all.addAll(onLine);
      all.addAll(beside);
    } else {
      all.addAll(beside);
      all.addAll(onLine);
    }
    return all;
  }

  private static List<Rect> besideMiddle(FlowShape shape, FlowLabel label) {
    Point d = shape.direction();
    Point normal = new Point(d.y(), -d.x());
    if (normal.y() > 0 || (normal.y() == 0 && normal.x() < 0)) {
      normal = normal.scale(-1);
    }
    double offset =
        (Math.abs(normal.x()) * label.width() + Math.abs(normal.y()) * label.height()) / 2 + 3;
    Point mid = shape.anchors().get(0);
    List<Rect> boxes = new ArrayList<>();
    for (int side : new int[] {1, -1}) {
      Point c = mid.plus(normal.x() * offset * side, normal.y() * offset * side);
      boxes.add(Rect.around(c.x(), c.y(), label.width(), label.height()));
    }
    return boxes;
  }

  private static double cost(Rect box, List<Rect> cards, List<Rect> placed) {
    double cost = 0;
    for (Rect r : cards) {
      cost += r.overlap(box);
    }
    for (Rect r : placed) {
      cost += r.overlap(box);
    }
    return cost;
  }
}
