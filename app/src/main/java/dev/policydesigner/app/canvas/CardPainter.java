package dev.policydesigner.app.canvas;

import dev.policydesigner.app.canvas.geometry.Box;
import dev.policydesigner.app.canvas.raster.GlyphAtlas;
import dev.policydesigner.app.canvas.raster.IconPixels;
import dev.policydesigner.app.canvas.raster.Raster;
import dev.policydesigner.icons.Icon;
import dev.policydesigner.model.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Paints what the canvas does not show as views: namespace boxes, the cards of collapsed
 * namespaces, and the compact cards (icon and name) below {@link PaintView#DETAIL_ZOOM}. Text on
 * compact cards keeps a readable size whatever the zoom.
 */
final class CardPainter {
  /** Size of names on compact cards and of box titles below the detail zoom, in scene pixels. */
  static final double COMPACT_TEXT = 11.5;

  /** The smallest names on compact cards get, in scene pixels: still legible. */
  static final double MIN_TEXT = 9;

  private static final double BOX_TITLE = 13;

  /** How far (world units) a title may reach past its box's right edge, into the gap there. */
  private static final double TITLE_OVERHANG = 60;

  private final CanvasPalette palette;

  CardPainter(CanvasPalette palette) {
    this.palette = palette;
  }

  /**
   * A namespace box: a tinted frame with its title in its title band, a templated namespace as it
   * renders and followed by a lighter mark that it is templated.
   */
  void paintBox(Raster r, PaintView v, NamespaceBox box, BoxTitle boxTitle, double opacity) {
    Box f = box.frame();
    double x = v.x(f.x());
    double y = v.y(f.y());
    double w = f.w() * v.scale();
    double h = f.h() * v.scale();
    double radius = 10 * v.scale();
    double line = Math.max(1, Math.round(v.pixelScale()));
    int border =
        CanvasPalette.over(CanvasPalette.fade(palette.boxBorder(), opacity), palette.background());
    int fill =
        CanvasPalette.over(CanvasPalette.fade(palette.boxFill(), opacity), palette.background());
    r.fillRoundRect(x, y, w, h, radius, border);
    r.fillRoundRect(x + line, y + line, w - 2 * line, h - 2 * line, radius - line, fill);
    TitleFit fit = fitTitle(v, w, boxTitle);
    if (fit == null) {
      return;
    }
    GlyphAtlas bold = fit.font();
    double size = bold.size();
    double band = NamespaceBox.TITLE * v.scale();
    double baseline = band >= size * 1.2 ? y + (band + size * 0.7) / 2 : y - size * 0.35;
    int colour = CanvasPalette.fade(palette.boxTitle(), opacity);
    bold.draw(r, fit.text(), x + fit.pad(), baseline, colour);
    if (boxTitle.templated()) {
      GlyphAtlas plain = GlyphAtlas.of(size * 0.85, false, false);
      String mark = " · " + BoxTitle.TEMPLATED;
      double left = fit.room() - bold.width(fit.text());
      if (plain.width(mark) <= left) {
        plain.draw(
            r,
            mark,
            x + fit.pad() + bold.width(fit.text()),
            baseline,
            CanvasPalette.fade(palette.cardMuted(), opacity));
      }
    }
  }

  /**
   * How the title of a box {@code w} device pixels wide is written: at low zoom at a legible size
   * (inside the band while it has room), a long title smaller down to {@link #MIN_TEXT} before it
   * is cut; {@code null} when it is too small to write at all.
   */
  static TitleFit fitTitle(PaintView v, double w, BoxTitle title) {
    double band = NamespaceBox.TITLE * v.scale();
    double ps = v.pixelScale();
    double size =
        v.compact()
            ? Math.max(MIN_TEXT * ps, Math.min(COMPACT_TEXT * ps, band / 1.2))
            : BOX_TITLE * v.scale();
    if (size < 5) {
      return null;
    }
    GlyphAtlas bold = GlyphAtlas.of(size, true, false);
    double pad = 8 * Math.max(v.scale(), ps * 0.5);
    // a narrow box lends its title part of the gap beside it rather than cut it short
    double room = Math.max(w - 2 * pad, w - pad + TITLE_OVERHANG * v.scale());
    room = Math.max(room, bold.width("n…"));
    while (v.compact() && bold.width(title.text()) > room && size > MIN_TEXT * ps + 0.25) {
      size = Math.max(MIN_TEXT * ps, size - 0.5 * ps);
      bold = GlyphAtlas.of(size, true, false);
    }
    return new TitleFit(bold, bold.fit(title.text(), room), pad, room);
  }

  /** A box title as written: its font, its text (cut with "…" if need be), inset and room. */
  record TitleFit(GlyphAtlas font, String text, double pad, double room) {}

  /** The card of a collapsed namespace: its name, how many workloads, and a mark to expand. */
  void paintCollapsed(
      Raster r, PaintView v, NamespaceBox box, BoxTitle title, Set<Mark> marks, double opacity) {
    Box f = box.frame();
    double x = v.x(f.x());
    double y = v.y(f.y());
    double w = f.w() * v.scale();
    double h = f.h() * v.scale();
    frame(r, v, x, y, w, h, marks, palette.collapsedFill(), palette.boxBorder(), opacity);
    double s = v.compact() ? v.pixelScale() : v.scale();
    double pad = 10 * s;
    GlyphAtlas bold = GlyphAtlas.of((v.compact() ? COMPACT_TEXT : 13) * s, true, false);
    GlyphAtlas plain = GlyphAtlas.of((v.compact() ? 10.5 : 11) * s, false, false);
    if (bold.lineHeight() > h - 2) {
      return;
    }
    String plus = "⊞ ";
    String name = bold.fit(plus + title.text(), w - 2 * pad);
    double baseline = y + Math.min(h / 2, pad + bold.ascent());
    bold.draw(r, name, x + pad, baseline, CanvasPalette.fade(palette.cardText(), opacity));
    int n = box.memberIds().size();
    String count =
        n
            + (n == 1 ? " workload" : " workloads")
            + " · collapsed"
            + (title.templated() ? " · " + BoxTitle.TEMPLATED : "");
    if (baseline + plain.lineHeight() < y + h - 2) {
      plain.draw(
          r,
          plain.fit(count, w - 2 * pad),
          x + pad,
          baseline + plain.lineHeight() * 1.1,
          CanvasPalette.fade(palette.cardMuted(), opacity));
    }
  }

  /**
   * A card at low zoom: its icon and its name (on as many lines as the card holds), in a frame of
   * its marks. When the name would be cut short, the icon makes room for it and the text gets
   * smaller, down to {@link #MIN_TEXT} pixels.
   */
  void paintCompact(Raster r, PaintView v, Node node, String shownName, Box card, Set<Mark> marks) {
    double x = v.x(card.x());
    double y = v.y(card.y());
    double w = card.w() * v.scale();
    double h = card.h() * v.scale();
    double opacity = marks.contains(Mark.DIMMED) ? 0.25 : marks.contains(Mark.FADED) ? 0.3 : 1;
    frame(r, v, x, y, w, h, marks, palette.cardFill(), palette.cardBorder(), opacity);
    double ps = v.pixelScale();
    int icon = iconSize(v, w, h);
    CompactName name = compactName(shownName, v, w, h);
    double left = x + 4 * ps;
    if (name.withIcon()) {
      r.drawImage(
          IconPixels.of(Glyphs.of(node), icon),
          icon,
          icon,
          (int) Math.round(left),
          (int) Math.round(y + (h - icon) / 2),
          opacity);
      left += icon + 4 * ps;
    }
    if (name.lines().isEmpty()) {
      return;
    }
    GlyphAtlas font = name.font();
    double top = y + (h - name.lines().size() * font.lineHeight()) / 2;
    int colour = CanvasPalette.fade(palette.cardText(), opacity);
    for (int i = 0; i < name.lines().size(); i++) {
      font.draw(r, name.lines().get(i), left, top + i * font.lineHeight() + font.ascent(), colour);
    }
  }

  private static int iconSize(PaintView v, double w, double h) {
    double ps = v.pixelScale();
    return (int) Math.min(Math.min(h - 6 * ps, 24 * ps), w / 3);
  }

  /** How the name of a card {@code w} × {@code h} device pixels is painted at low zoom. */
  static CompactName compactName(String name, PaintView v, double w, double h) {
    double ps = v.pixelScale();
    int icon = iconSize(v, w, h);
    return CompactName.of(name, w - 8 * ps, h, icon >= 8 ? icon + 4 * ps : 0, ps);
  }

  /**
   * How a compact card shows a name: the font, the lines, and whether the icon stays.
   *
   * @param font the font, its size in device pixels
   * @param lines the lines, the last ending in an ellipsis when the name does not fit
   * @param withIcon whether the icon is drawn left of the name
   */
  record CompactName(GlyphAtlas font, List<String> lines, boolean withIcon) {
    /**
     * The first of: beside the icon, without it, without it ever smaller down to {@link #MIN_TEXT},
     * that shows the whole name broken only where it may be (after a dash, dot, underscore or
     * slash); else the first that shows it whole; else the last (the most room, the name cut
     * short).
     */
    static CompactName of(String name, double room, double h, double iconRoom, double ps) {
      List<CompactName> tries = new ArrayList<>();
      if (iconRoom > 0) {
        tries.add(laidOut(name, COMPACT_TEXT * ps, room - iconRoom, h, ps, true, true));
      }
      for (double size : new double[] {COMPACT_TEXT, 10.5, 9.5, MIN_TEXT}) {
        tries.add(laidOut(name, size * ps, room, h, ps, false, true));
      }
      tries.add(laidOut(name, MIN_TEXT * ps, room, h, ps, false, false));
      for (boolean atBreaks : new boolean[] {true, false}) {
        for (CompactName t : tries) {
          if (t.shows(name, atBreaks)) {
            return t;
          }
        }
      }
      return tries.get(tries.size() - 1);
    }

    /**
     * Whether the lines hold the whole name, if {@code atBreaks} broken only at its spaces or after
     * - . _ / , (never inside a word).
     */
    boolean shows(String name, boolean atBreaks) {
      if (!String.join("", lines).replace(" ", "").equals(name.replace(" ", ""))) {
        return false;
      }
      int at = 0;
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        for (int c = 0; c < line.length(); c++) {
          if (line.charAt(c) != ' ') {
            while (name.charAt(at) == ' ') {
              at++;
            }
            at++;
          }
        }
        if (atBreaks && i < lines.size() - 1) {
          boolean atSpace = at < name.length() && name.charAt(at) == ' ';
          boolean afterMark =
              !line.isEmpty() && "-._/,".indexOf(line.charAt(line.length() - 1)) >= 0;
          if (!atSpace && !afterMark) {
            return false;
          }
        }
      }
      return true;
    }

    private static CompactName laidOut(
        String name,
        double size,
        double room,
        double h,
        double ps,
        boolean withIcon,
        boolean bold) {
      GlyphAtlas font = GlyphAtlas.of(size, bold, false);
      if (room < font.width("abc") || h < font.lineHeight()) {
        return new CompactName(font, List.of(), withIcon);
      }
      int max = Math.max(1, (int) ((h - 2 * ps) / font.lineHeight()));
      return new CompactName(font, CardPainter.lines(font, name, room, max), withIcon);
    }
  }

  /** A rounded frame: border in the colour of the strongest mark, then the fill. */
  private void frame(
      Raster r,
      PaintView v,
      double x,
      double y,
      double w,
      double h,
      Set<Mark> marks,
      int fill,
      int plain,
      double opacity) {
    int border = plain;
    double width = Math.max(1, Math.round(v.pixelScale()));
    if (marks.contains(Mark.SELECTED)) {
      border = palette.selected();
      width *= 2.5;
    } else if (marks.contains(Mark.FOUND)) {
      border = palette.found();
      width *= 2.5;
    } else if (marks.contains(Mark.LIT)) {
      border = palette.lit();
      width *= 2.5;
    } else if (marks.contains(Mark.ERROR)) {
      border = palette.error();
      width *= 2;
    } else if (marks.contains(Mark.WARNING)) {
      border = palette.warning();
      width *= 2;
    } else if (marks.contains(Mark.SUBJECT)) {
      border = palette.accent();
      width *= 2;
    }
    width = Math.round(width);
    double radius = Math.min(8 * v.scale(), h / 3);
    r.fillRoundRect(x, y, w, h, radius, CanvasPalette.fade(border, opacity));
    r.fillRoundRect(
        x + width,
        y + width,
        w - 2 * width,
        h - 2 * width,
        Math.max(0, radius - width),
        CanvasPalette.fade(fill, opacity));
  }

  /** The name broken at spaces, dashes or dots into at most {@code max} lines that fit. */
  static List<String> lines(GlyphAtlas atlas, String name, double room, int max) {
    List<String> lines = new ArrayList<>();
    String rest = name;
    while (!rest.isEmpty() && lines.size() < max - 1 && atlas.width(rest) > room) {
      int cut = breakAt(atlas, rest, room);
      if (cut <= 0) {
        break;
      }
      lines.add(rest.substring(0, cut).strip());
      rest = rest.substring(cut).strip();
    }
    if (!rest.isEmpty()) {
      lines.add(atlas.fit(rest, room));
    }
    return lines;
  }

  /** Where to break {@code text} so its first part fits: after the last dash, dot or space. */
  private static int breakAt(GlyphAtlas atlas, String text, double room) {
    int best = -1;
    for (int i = 1; i < text.length(); i++) {
      char c = text.charAt(i - 1);
      boolean breakable = c == '-' || c == '.' || c == ' ' || c == '_' || c == '/' || c == ',';
      if (atlas.width(text.substring(0, i)) > room) {
        break;
      }
      if (breakable) {
        best = i;
      }
    }
    if (best > 0) {
      return best;
    }
    int fit = 0;
    while (fit < text.length() && atlas.width(text.substring(0, fit + 1)) <= room) {
      fit++;
    }
    return fit;
  }

  /** The icon of a node, drawn from the icon set. */
  static Icon icon(Node node) {
    return Glyphs.of(node);
  }
}
