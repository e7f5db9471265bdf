package dev.policydesigner.app.canvas;

import dev.policydesigner.app.canvas.geometry.Box;
import dev.policydesigner.app.canvas.geometry.Route;
import dev.policydesigner.app.canvas.raster.GlyphAtlas;
import dev.policydesigner.app.canvas.raster.Raster;

/**
 * Paints arrows into a raster: the route as crisp horizontal and vertical strokes (dashed when the
 * flow is guarded), the head, and the label on its placed box. The look follows the arrow's marks
 * the way the style sheet styles the other views.
 */
final class ArrowPainter {
  private static final double HEAD = 10;
  private final CanvasPalette palette;

  ArrowPainter(CanvasPalette palette) {
    this.palette = palette;
  }

  /** Paints the route and head of {@code a}. */
  void paintLine(Raster r, PaintView v, DrawnArrow a) {
    paintLine(r, v, a, a.route());
  }

  /** Paints {@code route} with the look of {@code a} (a moving arrow's route changes meanwhile). */
  void paintLine(Raster r, PaintView v, DrawnArrow a, Route route) {
    int colour = CanvasPalette.fade(colour(a), opacity(a));
    double width =
        Math.max(1, Math.round(strokeWidth(a) * Math.max(v.scale(), 0.7 * v.pixelScale())));
    double head = Math.max(5 * v.pixelScale(), Math.min(HEAD * v.scale(), 14 * v.pixelScale()));
    double[] dash = dash(a, v);
    double phase = 0;
    int last = route.size() - 2;
    for (int i = 0; i <= last; i++) {
      double x0 = v.x(route.x(i));
      double y0 = v.y(route.y(i));
      double x1 = v.x(route.x(i + 1));
      double y1 = v.y(route.y(i + 1));
      if (i == last) {
        double len = Math.abs(x1 - x0) + Math.abs(y1 - y0);
        double cut = Math.min(head * 0.8, len);
        x1 -= Math.signum(x1 - x0) * cut;
        y1 -= Math.signum(y1 - y0) * cut;
      }
      phase = stroke(r, x0, y0, x1, y1, width, colour, dash, phase);
    }
    paintHead(r, v, route, head, colour);
  }

  /** Draws one horizontal or vertical stretch; returns the dash phase at its end. */
  private static double stroke(
      Raster r,
      double x0,
      double y0,
      double x1,
      double y1,
      double w,
      int c,
      double[] dash,
      double phase) {
    boolean horizontal = Math.abs(y1 - y0) < Math.abs(x1 - x0);
    double len = horizontal ? Math.abs(x1 - x0) : Math.abs(y1 - y0);
    if (!(len > 0) || Double.isInfinite(len)) {
      return phase;
    }
    // only the part over the raster is drawn: dashes far outside would cost for nothing
    double lo = horizontal ? Math.min(x0, x1) : Math.min(y0, y1);
    double hi = horizontal ? Math.max(x0, x1) : Math.max(y0, y1);
    double edge = horizontal ? r.width() : r.height();
    double from = Math.max(lo, -w - 2);
    double to = Math.min(hi, edge + w + 2);
    double across = horizontal ? y0 : x0;
    if (from >= to || across < -w - 2 || across > (horizontal ? r.height() : r.width()) + w + 2) {
      return phase + len;
    }
    boolean forward = horizontal ? x1 >= x0 : y1 >= y0;
    double skipped = forward ? from - lo : hi - to;
    phase += skipped;
    double start = forward ? from : to;
    double end = forward ? to : from;
    if (horizontal) {
      x0 = start;
      x1 = end;
    } else {
      y0 = start;
      y1 = end;
    }
    double rest = len - skipped - (to - from);
    len = to - from;
    if (dash == null) {
      band(r, horizontal, x0, y0, x1, y1, w, c);
      return phase + len + rest;
    }
    double period = dash[0] + dash[1];
    double pos = 0;
    double p = phase;
    while (pos < len) {
      double inPeriod = p % period;
      double step;
      if (inPeriod < dash[0]) {
        step = Math.min(dash[0] - inPeriod, len - pos);
        double t0 = pos / len;
        double t1 = (pos + step) / len;
        band(
            r,
            horizontal,
            x0 + (x1 - x0) * t0,
            y0 + (y1 - y0) * t0,
            x0 + (x1 - x0) * t1,
            y0 + (y1 - y0) * t1,
            w,
            c);
      } else {
        step = Math.min(period - inPeriod, len - pos);
      }
      step = Math.max(step, 1e-3);
      pos += step;
      p += step;
    }
    return p + rest;
  }

  /** A stroke of whole pixels across, centred on the line, so it stays crisp. */
  private static void band(
      Raster r, boolean horizontal, double x0, double y0, double x1, double y1, double w, int c) {
    if (horizontal) {
      double top = Math.round(y0 - w / 2);
      r.fillRect(Math.min(x0, x1), top, Math.max(x0, x1), top + w, c);
    } else {
      double left = Math.round(x0 - w / 2);
      r.fillRect(left, Math.min(y0, y1), left + w, Math.max(y0, y1), c);
    }
  }

  private static void paintHead(Raster r, PaintView v, Route route, double head, int c) {
    int n = route.size();
    double tx = v.x(route.x(n - 1));
    double ty = v.y(route.y(n - 1));
    double ux = Math.signum(route.x(n - 1) - route.x(n - 2));
    double uy = Math.signum(route.y(n - 1) - route.y(n - 2));
    double half = head * 0.5;
    r.fillConvex(
        new double[] {tx, tx - ux * head - uy * half, tx - ux * head + uy * half},
        new double[] {ty, ty - uy * head + ux * half, ty - uy * head - ux * half},
        3,
        c);
  }

  /** Paints the label of {@code a} on {@code box} (world). */
  void paintLabel(Raster r, PaintView v, DrawnArrow a, Box box, boolean fixedSize) {
    ArrowLabel label = a.label();
    double s = fixedSize ? v.pixelScale() : v.scale();
    double w = box.w() * s;
    double h = box.h() * s;
    double x = fixedSize ? v.x(box.centerX()) - w / 2 : v.x(box.x());
    double y = fixedSize ? v.y(box.centerY()) - h / 2 : v.y(box.y());
    double opacity = opacity(a);
    int border =
        a.has(Mark.SELECTED)
            ? palette.selected()
            : a.has(Mark.LIT) ? palette.lit() : palette.labelBorder();
    double radius = 4 * s;
    r.fillRoundRect(x, y, w, h, radius, CanvasPalette.fade(border, opacity));
    double inset = Math.max(1, Math.round(s));
    r.fillRoundRect(
        x + inset,
        y + inset,
        w - 2 * inset,
        h - 2 * inset,
        radius - inset,
        CanvasPalette.fade(palette.labelFill(), opacity));
    double size = ArrowLabel.PORTS_SIZE * s;
    if (size < 5) {
      return;
    }
    double line = ArrowLabel.LINE_HEIGHT * s;
    double baseline = y + s + line * 0.78;
    text(
        r,
        label.ports(),
        x,
        w,
        baseline,
        GlyphAtlas.of(size, false, false),
        CanvasPalette.fade(palette.labelText(), opacity));
    if (label.condition() != null) {
      baseline += line;
      GlyphAtlas italic = GlyphAtlas.of(ArrowLabel.SMALL_SIZE * s, false, true);
      text(
          r,
          label.condition(),
          x,
          w,
          baseline,
          italic,
          CanvasPalette.fade(palette.condition(), opacity));
    }
    if (label.badge() != null) {
      baseline += line;
      GlyphAtlas bold = GlyphAtlas.of(ArrowLabel.SMALL_SIZE * s, true, false);
      double bw = bold.width(label.badge()) + 8 * s;
      int pill =
          a.has(Mark.DROPPED)
              ? palette.dropped()
              : a.has(Mark.AUDIT) ? palette.audit() : palette.observed();
      r.fillRoundRect(
          x + (w - bw) / 2,
          baseline - line * 0.78,
          bw,
          line - s,
          6 * s,
          CanvasPalette.fade(pill, opacity));
      text(r, label.badge(), x, w, baseline - s, bold, CanvasPalette.fade(0xffffffff, opacity));
    }
  }

  private static void text(
      Raster r, String s, double x, double w, double baseline, GlyphAtlas atlas, int c) {
    String shown = atlas.fit(s, w - 4);
    atlas.draw(r, shown, x + (w - atlas.width(shown)) / 2, baseline, c);
  }

  private int colour(DrawnArrow a) {
    if (a.has(Mark.SELECTED)) {
      return palette.selected();
    }
    if (a.has(Mark.LIT)) {
      return palette.lit();
    }
    if (a.has(Mark.ADDED)) {
      return palette.added();
    }
    if (a.has(Mark.REMOVED)) {
      return palette.dropped();
    }
    if (a.has(Mark.CHANGED)) {
      return palette.audit();
    }
    if (a.has(Mark.FOUND)) {
      return palette.found();
    }
    if (a.has(Mark.DROPPED) || a.has(Mark.ERROR)) {
      return palette.dropped();
    }
    if (a.has(Mark.AUDIT) || a.has(Mark.WARNING)) {
      return palette.audit();
    }
    return a.has(Mark.OBSERVED) ? palette.observed() : palette.arrow();
  }

  private static double strokeWidth(DrawnArrow a) {
    if (a.has(Mark.LIT)) {
      return 3.5;
    }
    if (a.has(Mark.SELECTED) || a.has(Mark.HOVERED) || a.has(Mark.FOUND) || changed(a)) {
      return 3;
    }
    if (a.has(Mark.AUDIT) || a.has(Mark.DROPPED) || a.isAggregate()) {
      return 2.6;
    }
    return 1.6;
  }

  private static boolean changed(DrawnArrow a) {
    return a.has(Mark.ADDED) || a.has(Mark.REMOVED) || a.has(Mark.CHANGED);
  }

  static double opacity(DrawnArrow a) {
    if (a.has(Mark.SELECTED) || a.has(Mark.HOVERED)) {
      return 1;
    }
    if (a.has(Mark.DIMMED)) {
      return 0.12;
    }
    if (a.has(Mark.FADED)) {
      return 0.15;
    }
    return a.has(Mark.UNOBSERVED) ? 0.45 : 1;
  }

  private static double[] dash(DrawnArrow a, PaintView v) {
    double unit = Math.max(v.scale(), v.pixelScale() * 0.6);
    if (a.has(Mark.REMOVED)) {
      return new double[] {8 * unit, 5 * unit};
    }
    if (a.has(Mark.UNOBSERVED)) {
      return new double[] {2 * unit, 6 * unit};
    }
    if (a.has(Mark.GUARDED)) {
      return new double[] {6 * unit, 4 * unit};
    }
    return null;
  }
}
