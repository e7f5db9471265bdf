package dev.policydesigner.export.diagram.image;

import dev.policydesigner.model.Flow;
import java.util.List;
import java.util.Map;

/**
 * The corner of a card where its self-loops go: the one facing the fewest of the card's other
 * flows, avoiding the top-right corner of a card that carries the policy badge.
 */
final class LoopCorner {
  /**
   * Corners as (x, y) signs, in order of preference: bottom-right, top-right, bottom-left,
   * top-left.
   */
  private static final int[][] CORNERS = {{1, 1}, {1, -1}, {-1, 1}, {-1, -1}};

  private LoopCorner() {}

  static int[] choose(String nodeId, List<Flow> flows, Map<String, Rect> cards, boolean badge) {
    Rect card = cards.get(nodeId);
    double[] load = new double[CORNERS.length];
    for (Flow f : flows) {
      String other = f.from().equals(nodeId) ? f.to() : f.to().equals(nodeId) ? f.from() : null;
      if (other == null || other.equals(nodeId)) {
        continue;
      }
      Rect o = cards.get(other);
      double dx = o.centerX() - card.centerX();
      double dy = o.centerY() - card.centerY();
      for (int i = 0; i < CORNERS.length; i++) {
        load[i] +=
            Math.max(0, dx * CORNERS[i][0]) + Math.max(0, dy * CORNERS[i][1]) > 0
                ? facing(dx, dy, CORNERS[i])
                : 0;
      }
    }
    if (badge) {
      load[1] += 0.75;
    }
    int best = 0;
    for (int i = 1; i < CORNERS.length; i++) {
      if (load[i] < load[best]) {
        best = i;
      }
    }
    return CORNERS[best];
  }

  /** How squarely a flow leaving in direction (dx, dy) faces a corner: 0 (away) to 1 (at it). */
  private static double facing(double dx, double dy, int[] corner) {
    double len = Math.hypot(dx, dy);
    double cos = (dx * corner[0] + dy * corner[1]) / (len * Math.sqrt(2));
    return Math.max(0, cos);
  }
}
