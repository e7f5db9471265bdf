package dev.policydesigner.export.diagram.image;

import java.util.List;

/**
 * The title (diagram name and description) and the legend above the cards. The legend sits right of
 * the title when the content is wide enough, otherwise below it.
 */
final class HeaderSvg {
  static final double TITLE_SIZE = 20;
  static final double DESCRIPTION_SIZE = 12.5;
  static final double LEGEND_SIZE = 11;
  static final double LEGEND_HEIGHT = 28;
  private static final double GAP_TO_CONTENT = 30;
  private static final double GLYPH = 28;
  private static final List<String> ITEMS =
      List.of("policy subject", "flow with its ports", "guarded flow (if flag)");

  private final String title;
  private final String description;
  private final boolean showTitle;
  private final boolean showLegend;

  HeaderSvg(String title, String description, SvgStyle style) {
    this.title = title;
    this.description = description == null ? "" : description.strip();
    this.showTitle = style.title();
    this.showLegend = style.legend();
  }

  /** Where the header goes above {@code content}: its box, or {@code null} when it is empty. */
  Rect bounds(Rect content) {
    if (!showTitle && !showLegend) {
      return null;
    }
    double height = beside(content) ? Math.max(titleHeight(), LEGEND_HEIGHT) : stackedHeight();
    double width = beside(content) ? content.width() : Math.max(titleWidth(), legendWidth());
    return new Rect(content.x(), content.y() - GAP_TO_CONTENT - height, width, height);
  }

  void write(SvgOut out, Rect content) {
    Rect box = bounds(content);
    if (box == null) {
      return;
    }
    out.open("g", "class", "header");
    if (showTitle) {
      out.text(
          "text",
          title,
          "x",
          box.x(),
          "y",
          box.y() + 19,
          "font-size",
          TITLE_SIZE,
          "font-weight",
          "bold",
          "fill",
          Palette.INK);
      if (!description.isEmpty()) {
        out.text(
            "text",
            description,
            "x",
            box.x(),
            "y",
            box.y() + 40,
            "font-size",
            DESCRIPTION_SIZE,
            "fill",
            Palette.MUTED);
      }
    }
    if (showLegend) {
      boolean beside = beside(content);
      double lx = beside ? box.maxX() - legendWidth() : box.x();
      double ly = beside ? box.y() : box.y() + (showTitle ? titleHeight() + 10 : 0);
      writeLegend(out, lx, ly);
    }
    out.close("g");
  }

  private void writeLegend(SvgOut out, double x, double y) {
    out.open("g", "class", "legend");
    out.empty(
        "rect",
        "x",
        x,
        "y",
        y,
        "width",
        legendWidth(),
        "height",
        LEGEND_HEIGHT,
        "rx",
        6,
        "fill",
        "#f8fafc",
        "stroke",
        "#e2e8f0");
    double cx = x + 12;
    double mid = y + LEGEND_HEIGHT / 2;
    for (int i = 0; i < ITEMS.size(); i++) {
      writeGlyph(out, i, cx, mid);
      out.text(
          "text",
          ITEMS.get(i),
          "x",
          cx + GLYPH + 6,
          "y",
          mid + 4,
          "font-size",
          LEGEND_SIZE,
          "fill",
          Palette.TEXT);
      cx += GLYPH + 6 + TextWidth.of(ITEMS.get(i), LEGEND_SIZE, false) + 18;
    }
    out.close("g");
  }

  private static void writeGlyph(SvgOut out, int item, double x, double mid) {
    if (item == 0) {
      out.empty(
          "rect",
          "x",
          x + 2,
          "y",
          mid - 7,
          "width",
          GLYPH - 4,
          "height",
          14,
          "rx",
          3,
          "fill",
          Palette.SUBJECT_CARD,
          "stroke",
          Palette.SUBJECT,
          "stroke-width",
          2);
      return;
    }
    out.empty(
        "path",
        "d",
        "M" + SvgOut.num(x) + "," + SvgOut.num(mid) + " h" + (GLYPH - 2),
        "stroke",
        Palette.LINE,
        "stroke-width",
        1.6,
        "fill",
        "none",
        "stroke-dasharray",
        item == 2 ? Palette.DASH : null,
        "marker-end",
        "url(#" + FlowSvg.ARROW_ID + ")");
  }

  private boolean beside(Rect content) {
    return showTitle && showLegend && titleWidth() + 40 + legendWidth() <= content.width();
  }

  private double stackedHeight() {
    double h = showTitle ? titleHeight() : 0;
    return showLegend ? h + (showTitle ? 10 : 0) + LEGEND_HEIGHT : h;
  }

  private double titleHeight() {
    return description.isEmpty() ? 24 : 46;
  }

  private double titleWidth() {
    if (!showTitle) {
      return 0;
    }
    return Math.max(
        TextWidth.of(title, TITLE_SIZE, true), TextWidth.of(description, DESCRIPTION_SIZE, false));
  }

  private static double legendWidth() {
    double w = 12;
    for (String item : ITEMS) {
      w += GLYPH + 6 + TextWidth.of(item, LEGEND_SIZE, false) + 18;
    }
    return w - 18 + 12;
  }
}
