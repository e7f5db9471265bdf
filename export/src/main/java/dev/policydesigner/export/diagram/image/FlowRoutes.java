package dev.policydesigner.export.diagram.image;

import dev.policydesigner.model.Flow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Routes flows between cards: straight from border to border, gently curved apart when several
 * flows join the same two cards, a small loop when a flow returns to its own card.
 */
final class FlowRoutes {
  /** Distance between the middles of two parallel flows. */
  static final double PARALLEL_SPACING = 34;

  private static final double START_GAP = 2;
  private static final double END_GAP = 3;

  private FlowRoutes() {}

  /**
   * One shape per flow, in the order of {@code flows}; both ends must be in {@code cards}.
   *
   * @param outlines per node, the rectangles a flow stops at (the card and its badge)
   * @param nodeOrder node ids in drawing order
   */
  static List<FlowShape> route(
      List<Flow> flows,
      Map<String, Rect> cards,
      Map<String, List<Rect>> outlines,
      List<String> nodeOrder) {
    Map<String, List<Flow>> byPair = new LinkedHashMap<>();
    for (Flow f : flows) {
      byPair.computeIfAbsent(pairKey(f, nodeOrder), k -> new ArrayList<>()).add(f);
    }
    List<FlowShape> shapes = new ArrayList<>();
    for (Flow f : flows) {
      List<Flow> group = byPair.get(pairKey(f, nodeOrder));
      int index = group.indexOf(f);
      if (f.from().equals(f.to())) {
        int[] corner = LoopCorner.choose(f.from(), flows, cards, outlines.get(f.from()).size() > 1);
        shapes.add(FlowShape.loop(f, cards.get(f.from()), corner[0], corner[1], index));
      } else {
        Curve full = curve(f, cards, nodeOrder, index, group.size());
        shapes.add(
            FlowShape.of(
                f,
                full.clippedTo(
                    outline(outlines, f.from(), START_GAP), outline(outlines, f.to(), END_GAP))));
      }
    }
    return shapes;
  }

  private static Curve curve(
      Flow f, Map<String, Rect> cards, List<String> nodeOrder, int index, int count) {
    Rect from = cards.get(f.from());
    Rect to = cards.get(f.to());
    Point start = new Point(from.centerX(), from.centerY());
    Point end = new Point(to.centerX(), to.centerY());
    double bulge = (index - (count - 1) / 2.0) * PARALLEL_SPACING;
    // Measure the bulge against one direction of the pair so that flows both ways spread apart.
    if (nodeOrder.indexOf(f.from()) > nodeOrder.indexOf(f.to())) {
      bulge = -bulge;
    }
    return bulge == 0 ? Curve.straight(start, end) : Curve.bulging(start, end, bulge);
  }

  private static List<Rect> outline(Map<String, List<Rect>> outlines, String id, double gap) {
    return outlines.get(id).stream().map(r -> r.inflate(gap)).toList();
  }

  private static String pairKey(Flow f, List<String> nodeOrder) {
    boolean forward = nodeOrder.indexOf(f.from()) <= nodeOrder.indexOf(f.to());
    return forward ? f.from() + "\u0000" + f.to() : f.to() + "\u0000" + f.from();
  }
}
