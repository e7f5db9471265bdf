package dev.policydesigner.export.diagram.image;

import dev.policydesigner.model.Flow;
import java.util.ArrayList;
import java.util.List;

/**
 * How one flow is drawn: its path, the points its label may sit on (best first) and the area the
 * path covers.
 *
 * @param flow the flow
 * @param pathData SVG path data, from the source card's border to the destination card's border
 * @param anchors where the label's centre may go, best first
 * @param outward for a loop, the corner's direction (each of x and y 1 or -1): the label goes
 *     beyond the anchor that way, not centred on it; (0, 0) for other flows
 * @param hull a rectangle holding the whole path
 * @param direction unit vector from start to end (zero for a loop)
 * @param length distance from start to end
 */
record FlowShape(
    Flow flow,
    String pathData,
    List<Point> anchors,
    Point outward,
    Rect hull,
    Point direction,
    double length) {
  private static final double[] LABEL_POSITIONS = {0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78};

  static FlowShape of(Flow flow, Curve curve) {
    String d =
        curve.isCurved()
            ? "M" + pt(curve.start()) + " Q" + pt(curve.control()) + " " + pt(curve.end())
            : "M" + pt(curve.start()) + " L" + pt(curve.end());
    List<Point> anchors = new ArrayList<>();
    for (double t : LABEL_POSITIONS) {
      anchors.add(curve.at(t));
    }
    Point chord = curve.end().minus(curve.start());
    double length = chord.length();
    Point direction = length == 0 ? new Point(0, 0) : chord.scale(1 / length);
    return new FlowShape(flow, d, anchors, new Point(0, 0), curve.hull(), direction, length);
  }

  /**
   * A small loop around one corner of {@code card}: leaving the horizontal edge, returning to the
   * vertical one. {@code sx} and {@code sy} (each 1 or -1) pick the corner (1, 1 = bottom-right);
   * {@code index} nests further loops outside.
   */
  static FlowShape loop(Flow flow, Rect card, int sx, int sy, int index) {
    double reach = 34 + 18 * index;
    Point corner = new Point(sx > 0 ? card.maxX() : card.x(), sy > 0 ? card.maxY() : card.y());
    Point start = corner.plus(-sx * 34, sy * 2);
    Point end = corner.plus(sx * 4, -sy * 22);
    Point c1 = start.plus(0, sy * reach);
    Point c2 = end.plus(sx * reach, 0);
    String d = "M" + pt(start) + " C" + pt(c1) + " " + pt(c2) + " " + pt(end);
    Point apex = start.plus(end.x(), end.y()).plus(3 * (c1.x() + c2.x()), 3 * (c1.y() + c2.y()));
    Point anchor = apex.scale(1 / 8.0).plus(sx * 4, sy * 4);
    Rect hull = Rect.spanning(start, c1).union(Rect.spanning(c2, end));
    return new FlowShape(flow, d, List.of(anchor), new Point(sx, sy), hull, new Point(0, 0), 0);
  }

  private static String pt(Point p) {
    return SvgOut.num(p.x()) + "," + SvgOut.num(p.y());
  }
}
