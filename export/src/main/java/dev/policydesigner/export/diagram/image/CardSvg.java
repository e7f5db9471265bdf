package dev.policydesigner.export.diagram.image;

import dev.policydesigner.icons.Icon;
import dev.policydesigner.model.Node;

/** Writes one node's card: rounded box, accent stripe, icon, text lines, and the policy badge. */
final class CardSvg {
  static final String BADGE_TEXT = "policy";
  static final double BADGE_HEIGHT = 18;
  private static final double STRIPE = 4;
  private static final double BADGE_ICON = 13;

  private CardSvg() {}

  static void write(SvgOut out, Node node, CardText text, CardGeometry g, boolean subject) {
    double x = g.x();
    double y = g.y();
    double r = CardGeometry.CORNER_RADIUS;
    out.open("g", "id", "node-" + node.id(), "class", subject ? "node subject" : "node");
    out.text("title", node.name() + (subject ? " (policy subject)" : ""));
    out.empty(
        "rect",
        "x",
        x + 1,
        "y",
        y + 2.5,
        "width",
        g.width(),
        "height",
        g.height(),
        "rx",
        r,
        "fill",
        Palette.SHADOW,
        "fill-opacity",
        0.07);
    out.empty(
        "rect",
        "x",
        x,
        "y",
        y,
        "width",
        g.width(),
        "height",
        g.height(),
        "rx",
        r,
        "fill",
        subject ? Palette.SUBJECT_CARD : Palette.CARD,
        "stroke",
        subject ? Palette.SUBJECT : Palette.BORDER,
        "stroke-width",
        subject ? 2 : 1);
    out.empty("path", "d", stripe(x, y, g.height(), r), "fill", NodeIcons.accent(node));
    Icon icon = NodeIcons.of(node);
    out.empty(
        "use",
        "xlink:href",
        "#" + IconSymbols.id(icon),
        "x",
        x + CardGeometry.PADDING,
        "y",
        y + CardGeometry.PADDING,
        "width",
        CardGeometry.ICON_SIZE,
        "height",
        CardGeometry.ICON_SIZE);
    writeLines(out, text, x, y);
    if (subject) {
      writeBadge(out, badge(g));
    }
    out.close("g");
  }

  /** The width of the policy badge. */
  private static double badgeWidth() {
    return 8 + BADGE_ICON + 3 + TextWidth.of(BADGE_TEXT, 10, true) + 8;
  }

  private static void writeLines(SvgOut out, CardText text, double x, double y) {
    int line = 0;
    double textX = x + CardGeometry.TEXT_LEFT;
    for (String t : text.title()) {
      out.text(
          "text",
          t,
          "x",
          textX,
          "y",
          y + CardGeometry.baseline(line++),
          "font-size",
          CardText.TITLE_SIZE,
          "font-weight",
          "bold",
          "fill",
          Palette.INK);
    }
    out.text(
        "text",
        text.caption(),
        "x",
        textX,
        "y",
        y + CardGeometry.baseline(line++),
        "font-size",
        CardText.TEXT_SIZE,
        "fill",
        Palette.MUTED);
    double detailX = x + CardGeometry.PADDING + 2;
    for (String d : text.details()) {
      out.text(
          "text",
          d,
          "x",
          detailX,
          "y",
          y + CardGeometry.baseline(line++),
          "font-size",
          CardText.TEXT_SIZE,
          "fill",
          Palette.TEXT);
    }
    if (text.condition() != null) {
      out.text(
          "text",
          text.condition(),
          "x",
          detailX,
          "y",
          y + CardGeometry.baseline(line),
          "font-size",
          CardText.CONDITION_SIZE,
          "font-style",
          "italic",
          "fill",
          Palette.CONDITION);
    }
  }

  /** Where the policy badge of a subject's card sits: on the top edge, near the right. */
  static Rect badge(CardGeometry g) {
    double w = badgeWidth();
    return new Rect(g.x() + g.width() - 12 - w, g.y() - BADGE_HEIGHT / 2, w, BADGE_HEIGHT);
  }

  private static void writeBadge(SvgOut out, Rect badge) {
    double w = badge.width();
    double bx = badge.x();
    double by = badge.y();
    out.open("g", "class", "policy-badge");
    out.empty(
        "rect",
        "x",
        bx,
        "y",
        by,
        "width",
        w,
        "height",
        BADGE_HEIGHT,
        "rx",
        BADGE_HEIGHT / 2,
        "fill",
        "#ffffff",
        "stroke",
        Palette.SUBJECT,
        "stroke-width",
        1.2);
    out.empty(
        "use",
        "xlink:href",
        "#" + IconSymbols.id(Icon.SUBJECT),
        "x",
        bx + 7,
        "y",
        by + (BADGE_HEIGHT - BADGE_ICON) / 2,
        "width",
        BADGE_ICON,
        "height",
        BADGE_ICON);
    out.text(
        "text",
        BADGE_TEXT,
        "x",
        bx + 8 + BADGE_ICON + 3,
        "y",
        by + 12.8,
        "font-size",
        10,
        "font-weight",
        "bold",
        "fill",
        Palette.SUBJECT_TEXT);
    out.close("g");
  }

  /** The part of the rounded card left of {@code x + STRIPE}. */
  private static String stripe(double x, double y, double h, double r) {
    double dy = r - Math.sqrt(r * r - (r - STRIPE) * (r - STRIPE));
    String a = SvgOut.num(r);
    return "M"
        + SvgOut.num(x + STRIPE)
        + ","
        + SvgOut.num(y + dy)
        + " A"
        + a
        + ","
        + a
        + " 0 0 0 "
        + SvgOut.num(x)
        + ","
        + SvgOut.num(y + r)
        + " V"
        + SvgOut.num(y + h - r)
        + " A"
        + a
        + ","
        + a
        + " 0 0 0 "
        + SvgOut.num(x + STRIPE)
        + ","
        + SvgOut.num(y + h - dy)
        + " Z";
  }
}
