package dev.policydesigner.app.canvas.raster;

import java.util.HashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * The glyphs of one font at one pixel size as coverage masks, so text is drawn into a {@link
 * Raster} by copying masks. JavaFX draws the glyphs once (the printable ASCII characters in one
 * snapshot, any other character when first needed); every later string costs a few array copies.
 * Call on the JavaFX thread.
 */
public final class GlyphAtlas {
  private static final Map<String, GlyphAtlas> CACHE = new HashMap<>();
  private static final int CACHE_LIMIT = 64;
  private static final String ELLIPSIS = "…";

  private final Font font;
  private final double ascent;
  private final double lineHeight;
  private final Map<Character, Glyph> glyphs = new HashMap<>();

  private record Glyph(AlphaMask mask, int left, int top, double advance) {}

  private GlyphAtlas(Font font) {
    this.font = font;
    Text probe = new Text("Hg");
    probe.setFont(font);
    ascent = probe.getBaselineOffset();
    lineHeight = probe.getLayoutBounds().getHeight();
    StringBuilder ascii = new StringBuilder();
    for (char c = ' '; c <= '~'; c++) {
      ascii.append(c);
    }
    render(ascii.toString());
  }

  /** The atlas of DejaVu Sans (or the system's sans serif) at {@code px} pixels. */
  public static GlyphAtlas of(double px, boolean bold, boolean italic) {
    double size = Math.max(1, Math.round(px * 2) / 2.0);
    String key = size + (bold ? "b" : "") + (italic ? "i" : "");
    GlyphAtlas atlas = CACHE.get(key);
    if (atlas == null) {
      if (CACHE.size() >= CACHE_LIMIT) {
        CACHE.clear();
      }
      Font font =
          Font.font(
              "DejaVu Sans",
              bold ? FontWeight.BOLD : FontWeight.NORMAL,
              italic ? FontPosture.ITALIC : FontPosture.REGULAR,
              size);
      atlas = new GlyphAtlas(font);
      CACHE.put(key, atlas);
    }
    return atlas;
  }

  /** The font size in pixels. */
  public double size() {
    return font.getSize();
  }

  /** Distance from the top of a line to its baseline. */
  public double ascent() {
    return ascent;
  }

  /** Height of one line. */
  public double lineHeight() {
    return lineHeight;
  }

  /** The width of {@code text} in pixels. */
  public double width(String text) {
    double w = 0;
    for (int i = 0; i < text.length(); i++) {
      w += glyph(text.charAt(i)).advance();
    }
    return w;
  }

  /** {@code text}, cut with an ellipsis where it is wider than {@code max} pixels. */
  public String fit(String text, double max) {
    if (width(text) <= max) {
      return text;
    }
    double room = max - width(ELLIPSIS);
    double w = 0;
    int keep = 0;
    while (keep < text.length() && w + glyph(text.charAt(keep)).advance() <= room) {
      w += glyph(text.charAt(keep)).advance();
      keep++;
    }
    return keep == 0 ? "" : text.substring(0, keep).stripTrailing() + ELLIPSIS;
  }

  /** Draws {@code text} with its baseline starting at (x, baseline). */
  public void draw(Raster raster, String text, double x, double baseline, int argb) {
    double pen = x;
    int base = (int) Math.round(baseline);
    for (int i = 0; i < text.length(); i++) {
      Glyph g = glyph(text.charAt(i));
      if (g.mask().width() > 0) {
        raster.drawMask(g.mask(), (int) Math.round(pen) + g.left(), base + g.top(), argb);
      }
      pen += g.advance();
    }
  }

  private Glyph glyph(char c) {
    Glyph g = glyphs.get(c);
    if (g == null) {
      render(String.valueOf(c));
      g = glyphs.get(c);
    }
    return g;
  }

  /** Draws the characters in one snapshot, each in a cell of its own, and keeps their masks. */
  private void render(String chars) {
    int pad = (int) Math.ceil(font.getSize() * 0.5) + 2;
    int cellW = (int) Math.ceil(font.getSize() * 1.6) + 2 * pad;
    int cellH = (int) Math.ceil(lineHeight) + 2 * pad;
    int cols = Math.min(chars.length(), 16);
    int rows = (chars.length() + cols - 1) / cols;
    Canvas canvas = new Canvas(cols * cellW, rows * cellH);
    GraphicsContext gc = canvas.getGraphicsContext2D();
    gc.setFont(font);
    gc.setFill(Color.WHITE);
    gc.setTextBaseline(VPos.BASELINE);
    for (int i = 0; i < chars.length(); i++) {
      gc.fillText(
          String.valueOf(chars.charAt(i)),
          (i % cols) * cellW + pad,
          (i / cols) * cellH + pad + ascent);
    }
    SnapshotParameters params = new SnapshotParameters();
    params.setFill(Color.TRANSPARENT);
    int w = cols * cellW;
    int h = rows * cellH;
    WritableImage image = canvas.snapshot(params, new WritableImage(w, h));
    int[] argb = new int[w * h];
    image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), argb, 0, w);
    for (int i = 0; i < chars.length(); i++) {
      char c = chars.charAt(i);
      int cx = (i % cols) * cellW;
      int cy = (i / cols) * cellH;
      glyphs.put(c, cut(argb, w, cx, cy, cellW, cellH, pad, advance(c)));
    }
  }

  private double advance(char c) {
    Text t = new Text(String.valueOf(c));
    t.setFont(font);
    return t.getLayoutBounds().getWidth();
  }

  /** The inked part of one cell, placed relative to the pen position on the baseline. */
  private Glyph cut(int[] argb, int stride, int cx, int cy, int cw, int ch, int pad, double adv) {
    int minX = cw;
    int minY = ch;
    int maxX = -1;
    int maxY = -1;
    for (int y = 0; y < ch; y++) {
      for (int x = 0; x < cw; x++) {
        if ((argb[(cy + y) * stride + cx + x] >>> 24) != 0) {
          minX = Math.min(minX, x);
          maxX = Math.max(maxX, x);
          minY = Math.min(minY, y);
          maxY = Math.max(maxY, y);
        }
      }
    }
    if (maxX < 0) {
      return new Glyph(AlphaMask.EMPTY, 0, 0, adv);
    }
    int mw = maxX - minX + 1;
    int mh = maxY - minY + 1;
    byte[] alpha = new byte[mw * mh];
    for (int y = 0; y < mh; y++) {
      for (int x = 0; x < mw; x++) {
        alpha[y * mw + x] = (byte) (argb[(cy + minY + y) * stride + cx + minX + x] >>> 24);
      }
    }
    int baseline = (int) Math.round(pad + ascent);
    return new Glyph(new AlphaMask(mw, mh, alpha), minX - pad, minY - baseline, adv);
  }
}
