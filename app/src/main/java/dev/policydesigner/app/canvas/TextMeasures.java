package dev.policydesigner.app.canvas;

import dev.policydesigner.app.canvas.raster.GlyphAtlas;

/** Text widths for laying labels out, from the glyphs the pictures draw with. */
final class TextMeasures {
  private TextMeasures() {}

  /** The width of {@code text} in DejaVu Sans at {@code size} pixels. */
  static double width(String text, double size, boolean bold, boolean italic) {
    return GlyphAtlas.of(size, bold, italic).width(text);
  }
}
