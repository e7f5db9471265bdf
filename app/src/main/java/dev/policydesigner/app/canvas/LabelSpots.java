package dev.policydesigner.app.canvas;

import dev.policydesigner.app.canvas.geometry.Route;
import java.util.ArrayList;
import java.util.List;

/**
 * Candidate middles for an arrow's label, best first: on the first stretch (near the source, where
 * arrows into a busy card are still apart), then the last, then the ones between; on each, the
 * middle and then a little before and after it. Only stretches long enough to show the line on both
 * sides of the label are used.
 */
final class LabelSpots {
  private static final double ROOM = 12;
  private static final double[] AT = {0.5, 0.3, 0.7};

  private LabelSpots() {}

  static List<double[]> along(Route route, double w, double h) {
    int segments = route.size() - 1;
    List<Integer> order = new ArrayList<>();
    order.add(0);
    if (segments > 1) {
      order.add(segments - 1);
    }
    for (int i = 1; i < segments - 1; i++) {
      order.add(i);
    }
    List<double[]> spots = new ArrayList<>();
    for (int i : order) {
      boolean horizontal = route.y(i) == route.y(i + 1);
      double need = (horizontal ? w : h) + 2 * ROOM;
      if (route.segmentLength(i) < need) {
        continue;
      }
      for (double t : AT) {
        spots.add(
            new double[] {
              route.x(i) + (route.x(i + 1) - route.x(i)) * t,
              route.y(i) + (route.y(i + 1) - route.y(i)) * t
            });
      }
    }
    return spots;
  }

  /** The middle of the longest stretch. */
  static double[] middle(Route route) {
    int best = 0;
    for (int i = 1; i + 1 < route.size(); i++) {
      if (route.segmentLength(i) > route.segmentLength(best)) {
        best = i;
      }
    }
    return new double[] {
      (route.x(best) + route.x(best + 1)) / 2, (route.y(best) + route.y(best + 1)) / 2
    };
  }
}
