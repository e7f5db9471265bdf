package dev.policydesigner.model.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Packs rectangles, in the order given, into a strip of a given width: each goes where its top edge
 * ends highest (lowest y), leftmost among equals, resting on what is already placed (a skyline).
 * Short boxes fill the room beside tall ones instead of leaving it empty as rows would.
 */
final class SkylinePacking {
  private SkylinePacking() {}

  /**
   * The top-left corners of the rectangles ({@code sizes[i] = {width, height}}) packed into a strip
   * {@code width} wide with {@code gap} between them; a rectangle wider than the strip goes at its
   * left edge.
   */
  static double[][] pack(List<double[]> sizes, double width, double gap) {
    List<double[]> skyline = new ArrayList<>(); // segments {x, width, top}
    skyline.add(new double[] {0, Double.MAX_VALUE / 4, 0});
    double[][] placed = new double[sizes.size()][];
    for (int i = 0; i < sizes.size(); i++) {
      double w = sizes.get(i)[0] + gap;
      double h = sizes.get(i)[1] + gap;
      double bestX = 0;
      double bestY = Double.MAX_VALUE;
      for (double[] segment : skyline) {
        double x = segment[0];
        if (x > 0 && x + w - gap > width) {
          break;
        }
        double y = topOver(skyline, x, w);
        if (y < bestY - 1e-9) {
          bestY = y;
          bestX = x;
        }
      }
      placed[i] = new double[] {bestX, bestY};
      raise(skyline, bestX, w, bestY + h);
    }
    return placed;
  }

  /** The highest top of the skyline over {@code [x, x + w)}. */
  private static double topOver(List<double[]> skyline, double x, double w) {
    double top = 0;
    for (double[] s : skyline) {
      if (s[0] < x + w - 1e-9 && s[0] + s[1] > x + 1e-9) {
        top = Math.max(top, s[2]);
      }
    }
    return top;
  }

  /** Sets the skyline over {@code [x, x + w)} to {@code top}. */
  private static void raise(List<double[]> skyline, double x, double w, double top) {
    List<double[]> next = new ArrayList<>();
    for (double[] s : skyline) {
      double start = s[0];
      double end = s[0] + s[1];
      if (end <= x + 1e-9 || start >= x + w - 1e-9) {
        next.add(s);
        continue;
      }
      if (start < x) {
        next.add(new double[] {start, x - start, s[2]});
      }
      if (end > x + w) {
        next.add(new double[] {x + w, end - x - w, s[2]});
      }
    }
    next.add(new double[] {x, w, top});
    next.sort((a, b) -> Double.compare(a[0], b[0]));
    List<double[]> merged = new ArrayList<>();
    for (double[] s : next) {
      double[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && Math.abs(last[2] - s[2]) < 1e-9) {
        last[1] += s[1];
      } else {
        merged.add(s.clone());
      }
    }
    skyline.clear();
    skyline.addAll(merged);
  }
}
