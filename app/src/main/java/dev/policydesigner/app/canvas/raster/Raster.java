package dev.policydesigner.app.canvas.raster;

import java.util.Arrays;

/**
 * A picture in memory: premultiplied ARGB pixels, painted with a few antialiased primitives. The
 * canvas paints thousands of arrows and cards into one of these instead of asking JavaFX's software
 * renderer to rasterise each shape, which costs tens of microseconds per shape; plain loops over an
 * int array cost a few nanoseconds per pixel. Everything is clipped to the picture, and to the clip
 * rectangle when one is set (with whole-pixel edges, so what is painted inside it is exactly what
 * painting without it gives there). Colours are given as non-premultiplied ARGB ints ({@code
 * 0xAARRGGBB}).
 */
public final class Raster {
  private static final int SUB = 4;
  private int width;
  private int height;
  private int[] pixels;
  private float[] coverage = new float[0];
  private int clipX0;
  private int clipY0;
  private int clipX1;
  private int clipY1;

  /** An empty picture of this size (at least 1×1). */
  public Raster(int width, int height) {
    resize(width, height);
  }

  /** Makes the picture this size; its content is lost. */
  public void resize(int w, int h) {
    width = Math.max(1, w);
    height = Math.max(1, h);
    pixels = new int[width * height];
    clearClip();
  }

  /** Paints only inside [x0, x1) × [y0, y1) (within the picture) until the clip is cleared. */
  public void setClip(int x0, int y0, int x1, int y1) {
    clipX0 = Math.max(0, Math.min(width, x0));
    clipY0 = Math.max(0, Math.min(height, y0));
    clipX1 = Math.max(clipX0, Math.min(width, x1));
    clipY1 = Math.max(clipY0, Math.min(height, y1));
  }

  /** Paints anywhere in the picture again. */
  public void clearClip() {
    clipX0 = 0;
    clipY0 = 0;
    clipX1 = width;
    clipY1 = height;
  }

  /**
   * Moves the whole picture by whole pixels: the pixel at (x, y) goes to (x + dx, y + dy); what
   * moves out is lost and the pixels moved away from keep what they held (paint them again).
   */
  public void shift(int dx, int dy) {
    int len = width - Math.abs(dx);
    int rows = height - Math.abs(dy);
    if (len <= 0 || rows <= 0 || (dx == 0 && dy == 0)) {
      return;
    }
    int fromX = Math.max(0, -dx);
    int toX = Math.max(0, dx);
    for (int i = 0; i < rows; i++) {
      // rows moving down are copied from the bottom up, so none is overwritten before it moved
      int to = dy > 0 ? height - 1 - i : i;
      int from = to - dy;
      System.arraycopy(pixels, from * width + fromX, pixels, to * width + toX, len);
    }
  }

  public int width() {
    return width;
  }

  public int height() {
    return height;
  }

  /** The pixels, row by row (premultiplied ARGB). */
  public int[] pixels() {
    return pixels;
  }

  /** Fills the whole picture (inside the clip) with one colour. */
  public void fill(int argb) {
    int p = premultiply(argb);
    if (clipX0 == 0 && clipY0 == 0 && clipX1 == width && clipY1 == height) {
      Arrays.fill(pixels, p);
      return;
    }
    for (int y = clipY0; y < clipY1; y++) {
      Arrays.fill(pixels, y * width + clipX0, y * width + clipX1, p);
    }
  }

  /** Fills the rectangle [x0, x1) × [y0, y1); partly covered edge pixels are blended. */
  public void fillRect(double x0, double y0, double x1, double y1, int argb) {
    double ax = Math.max(clipX0, Math.min(x0, x1));
    double bx = Math.min(clipX1, Math.max(x0, x1));
    double ay = Math.max(clipY0, Math.min(y0, y1));
    double by = Math.min(clipY1, Math.max(y0, y1));
    if (ax >= bx || ay >= by || (argb >>> 24) == 0) {
      return;
    }
    int iy0 = (int) ay;
    int iy1 = (int) Math.ceil(by);
    for (int y = iy0; y < iy1; y++) {
      double cy = Math.min(by, y + 1) - Math.max(ay, y);
      span(y, ax, bx, cy, argb);
    }
  }

  /**
   * Fills row {@code y} from {@code a} to {@code b} (fractional ends blended) at vertical coverage
   * {@code cy} (0–1).
   */
  private void span(int y, double a, double b, double cy, int argb) {
    int ia = (int) a;
    int ib = (int) Math.ceil(b) - 1;
    int row = y * width;
    if (ia == ib) {
      blend(row + ia, argb, (int) ((b - a) * cy * 255 + 0.5));
      return;
    }
    blend(row + ia, argb, (int) ((ia + 1 - a) * cy * 255 + 0.5));
    blend(row + ib, argb, (int) ((b - ib) * cy * 255 + 0.5));
    int full = (int) (cy * 255 + 0.5);
    if (ia + 1 >= ib) {
      return;
    }
    if (full >= 255 && (argb >>> 24) == 255) {
      Arrays.fill(pixels, row + ia + 1, row + ib, argb);
      return;
    }
    int src = premultiply(withCoverage(argb, full));
    for (int x = ia + 1; x < ib; x++) {
      over(row + x, src);
    }
  }

  private static int withCoverage(int argb, int coverage) {
    int a = ((argb >>> 24) * Math.min(255, coverage) + 127) / 255;
    return (a << 24) | (argb & 0xffffff);
  }

  /** Fills a rectangle with rounded corners of radius {@code r}. */
  public void fillRoundRect(double x, double y, double w, double h, double r, int argb) {
    double radius = Math.max(0, Math.min(r, Math.min(w, h) / 2));
    if (radius < 0.75) {
      fillRect(x, y, x + w, y + h, argb);
      return;
    }
    if (w <= 0 || h <= 0 || (argb >>> 24) == 0) {
      return;
    }
    // the straight middle rows at once, the rows of the corners sampled
    int top = (int) Math.ceil(y + radius);
    int bottom = Math.max(top, (int) Math.floor(y + h - radius));
    if (bottom > top) {
      fillRect(x, top, x + w, bottom, argb);
    }
    cornerRows(
        Math.max(clipY0, (int) Math.floor(y)), Math.min(clipY1, top), x, y, w, h, radius, argb);
    cornerRows(
        Math.max(clipY0, bottom),
        Math.min(clipY1, (int) Math.ceil(y + h)),
        x,
        y,
        w,
        h,
        radius,
        argb);
  }

  private void cornerRows(
      int y0, int y1, double x, double y, double w, double h, double radius, int argb) {
    if (coverage.length < width + 2) {
      coverage = new float[width + 2];
    }
    for (int row = y0; row < y1; row++) {
      int lo = width;
      int hi = -1;
      for (int s = 0; s < SUB; s++) {
        double sy = row + (s + 0.5) / SUB;
        if (sy < y || sy >= y + h) {
          continue;
        }
        double dy =
            sy < y + radius ? y + radius - sy : sy > y + h - radius ? sy - (y + h - radius) : 0;
        double inset = radius - Math.sqrt(Math.max(0, radius * radius - dy * dy));
        int[] touched = addSpan(x + inset, x + w - inset);
        lo = Math.min(lo, touched[0]);
        hi = Math.max(hi, touched[1]);
      }
      for (int px = lo; px <= hi; px++) {
        blend(row * width + px, argb, (int) (coverage[px] / SUB * 255 + 0.5));
        coverage[px] = 0;
      }
    }
  }

  /**
   * Fills a convex polygon (points in order, either way round); edges are antialiased by sampling
   * each pixel row at {@value #SUB} heights.
   */
  public void fillConvex(double[] xs, double[] ys, int n, int argb) {
    double minY = Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (int i = 0; i < n; i++) {
      minY = Math.min(minY, ys[i]);
      maxY = Math.max(maxY, ys[i]);
    }
    int y0 = Math.max(clipY0, (int) Math.floor(minY));
    int y1 = Math.min(clipY1, (int) Math.ceil(maxY));
    if (y0 >= y1 || (argb >>> 24) == 0) {
      return;
    }
    if (coverage.length < width + 2) {
      coverage = new float[width + 2];
    }
    for (int y = y0; y < y1; y++) {
      int lo = width;
      int hi = -1;
      for (int s = 0; s < SUB; s++) {
        double sy = y + (s + 0.5) / SUB;
        double[] span = span(xs, ys, n, sy);
        if (span != null) {
          int[] touched = addSpan(span[0], span[1]);
          lo = Math.min(lo, touched[0]);
          hi = Math.max(hi, touched[1]);
        }
      }
      for (int x = lo; x <= hi; x++) {
        blend(y * width + x, argb, (int) (coverage[x] / SUB * 255 + 0.5));
        coverage[x] = 0;
      }
    }
  }

  /** Where the horizontal line at {@code y} enters and leaves the convex polygon, or null. */
  private static double[] span(double[] xs, double[] ys, int n, double y) {
    double left = Double.MAX_VALUE;
    double right = -Double.MAX_VALUE;
    for (int i = 0; i < n; i++) {
      int j = (i + 1) % n;
      double ya = ys[i];
      double yb = ys[j];
      if ((y >= ya && y < yb) || (y >= yb && y < ya)) {
        double x = xs[i] + (y - ya) / (yb - ya) * (xs[j] - xs[i]);
        left = Math.min(left, x);
        right = Math.max(right, x);
      }
    }
    return left <= right ? new double[] {left, right} : null;
  }

  /** Adds the horizontal coverage of [a, b) to the row buffer; returns the pixels touched. */
  private int[] addSpan(double a, double b) {
    double ca = Math.max(clipX0, a);
    double cb = Math.min(clipX1, b);
    if (ca >= cb) {
      return new int[] {width, -1};
    }
    int ia = (int) ca;
    int ib = Math.min(clipX1 - 1, (int) Math.ceil(cb) - 1);
    for (int x = ia; x <= ib; x++) {
      coverage[x] += (float) (Math.min(cb, x + 1) - Math.max(ca, x));
    }
    return new int[] {ia, ib};
  }

  /** Draws a one-colour mask (text, icons) with its top left at (x, y). */
  public void drawMask(AlphaMask mask, int x, int y, int argb) {
    int x0 = Math.max(clipX0, x);
    int y0 = Math.max(clipY0, y);
    int x1 = Math.min(clipX1, x + mask.width());
    int y1 = Math.min(clipY1, y + mask.height());
    byte[] alpha = mask.alpha();
    for (int py = y0; py < y1; py++) {
      int row = (py - y) * mask.width() - x;
      int out = py * width;
      for (int px = x0; px < x1; px++) {
        int a = alpha[row + px] & 0xff;
        if (a != 0) {
          blend(out + px, argb, a);
        }
      }
    }
  }

  /** Draws premultiplied ARGB pixels with their top left at (x, y), at {@code opacity} (0–1). */
  public void drawImage(int[] image, int w, int h, int x, int y, double opacity) {
    int o = (int) Math.round(Math.max(0, Math.min(1, opacity)) * 255);
    int x0 = Math.max(clipX0, x);
    int y0 = Math.max(clipY0, y);
    int x1 = Math.min(clipX1, x + w);
    int y1 = Math.min(clipY1, y + h);
    for (int py = y0; py < y1; py++) {
      int row = (py - y) * w - x;
      int out = py * width;
      for (int px = x0; px < x1; px++) {
        int src = image[row + px];
        if (src != 0) {
          over(out + px, o == 255 ? src : scale(src, o));
        }
      }
    }
  }

  /** Blends {@code argb} at {@code coverage} (0–255) over the pixel at {@code index}. */
  private void blend(int index, int argb, int coverage) {
    if (coverage <= 0) {
      return;
    }
    int a = ((argb >>> 24) * Math.min(255, coverage) + 127) / 255;
    if (a == 255) {
      pixels[index] = argb;
      return;
    }
    int r = (((argb >> 16) & 0xff) * a + 127) / 255;
    int g = (((argb >> 8) & 0xff) * a + 127) / 255;
    int b = ((argb & 0xff) * a + 127) / 255;
    over(index, (a << 24) | (r << 16) | (g << 8) | b);
  }

  /** Puts the premultiplied colour {@code src} over the pixel at {@code index}. */
  private void over(int index, int src) {
    int sa = src >>> 24;
    if (sa == 255) {
      pixels[index] = src;
      return;
    }
    int dst = pixels[index];
    int keep = 255 - sa;
    int a = sa + ((dst >>> 24) * keep + 127) / 255;
    int r = ((src >> 16) & 0xff) + (((dst >> 16) & 0xff) * keep + 127) / 255;
    int g = ((src >> 8) & 0xff) + (((dst >> 8) & 0xff) * keep + 127) / 255;
    int b = (src & 0xff) + ((dst & 0xff) * keep + 127) / 255;
    pixels[index] = (a << 24) | (r << 16) | (g << 8) | b;
  }

  private static int scale(int premultiplied, int o) {
    int a = ((premultiplied >>> 24) * o + 127) / 255;
    int r = (((premultiplied >> 16) & 0xff) * o + 127) / 255;
    int g = (((premultiplied >> 8) & 0xff) * o + 127) / 255;
    int b = ((premultiplied & 0xff) * o + 127) / 255;
    return (a << 24) | (r << 16) | (g << 8) | b;
  }

  /** The premultiplied form of a colour. */
  public static int premultiply(int argb) {
    int a = argb >>> 24;
    if (a == 255) {
      return argb;
    }
    return scale(argb | 0xff000000, a);
  }

  /** Makes the rectangle [x0, x1) × [y0, y1) fully transparent (clipped). */
  public void clear(int x0, int y0, int x1, int y1) {
    int ax = Math.max(clipX0, x0);
    int bx = Math.min(clipX1, x1);
    for (int y = Math.max(clipY0, y0); y < Math.min(clipY1, y1); y++) {
      if (ax < bx) {
        Arrays.fill(pixels, y * width + ax, y * width + bx, 0);
      }
    }
  }
}
