package dev.policydesigner.app.canvas;

/**
 * The colours the canvas paints with itself (namespace boxes, arrows, labels, cards at low zoom),
 * as ARGB ints, in a light and a dark variant matching the style sheets.
 */
public record CanvasPalette(
    int background,
    int boxFill,
    int boxBorder,
    int boxTitle,
    int cardFill,
    int cardBorder,
    int cardText,
    int cardMuted,
    int accent,
    int selected,
    int lit,
    int found,
    int arrow,
    int labelFill,
    int labelBorder,
    int labelText,
    int condition,
    int observed,
    int audit,
    int dropped,
    int error,
    int warning,
    int collapsedFill,
    int added) {

  /** The light theme. */
  public static final CanvasPalette LIGHT =
      new CanvasPalette(
          0xfff3f5f8,
          0x66dde3ec,
          0xffc3cbd7,
          0xff475569,
          0xffffffff,
          0xffc7ccd4,
          0xff1f2937,
          0xff6b7280,
          0xff2563eb,
          0xfff59e0b,
          0xff0d9488,
          0xffdb2777,
          0xff64748b,
          0xf0ffffff,
          0xffe2e6ec,
          0xff334155,
          0xff9a3412,
          0xff0f766e,
          0xffd97706,
          0xffdc2626,
          0xffdc2626,
          0xffd97706,
          0xffeef2f7,
          0xff16a34a);

  /** The dark theme. */
  public static final CanvasPalette DARK =
      new CanvasPalette(
          0xff161b22,
          0x552a3240,
          0xff3b4658,
          0xffa8b3c4,
          0xff222a35,
          0xff3f4a5a,
          0xffe5e9f0,
          0xff98a2b3,
          0xff60a5fa,
          0xfffbbf24,
          0xff2dd4bf,
          0xfff472b6,
          0xff8b97a8,
          0xf0222a35,
          0xff3f4a5a,
          0xffd5dbe4,
          0xfffb923c,
          0xff2dd4bf,
          0xfffbbf24,
          0xfff87171,
          0xfff87171,
          0xfffbbf24,
          0xff1d2430,
          0xff4ade80);

  /** The opaque colour of {@code argb} laid over the opaque {@code below}. */
  static int over(int argb, int below) {
    int a = argb >>> 24;
    int r = (((argb >> 16) & 0xff) * a + ((below >> 16) & 0xff) * (255 - a)) / 255;
    int g = (((argb >> 8) & 0xff) * a + ((below >> 8) & 0xff) * (255 - a)) / 255;
    int b = ((argb & 0xff) * a + (below & 0xff) * (255 - a)) / 255;
    return 0xff000000 | (r << 16) | (g << 8) | b;
  }

  /** {@code argb} with its alpha multiplied by {@code opacity} (0–1). */
  static int fade(int argb, double opacity) {
    int a = (int) Math.round((argb >>> 24) * Math.max(0, Math.min(1, opacity)));
    return (a << 24) | (argb & 0xffffff);
  }
}
