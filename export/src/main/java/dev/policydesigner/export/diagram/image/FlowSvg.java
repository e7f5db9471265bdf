package dev.policydesigner.export.diagram.image;

/** Writes flows: the arrow paths, and their labels on white rounded boxes. */
final class FlowSvg {
  static final String ARROW_ID = "arrow";
  static final String HIGHLIGHT_ARROW_ID = "arrow-highlight";

  private FlowSvg() {}

  /** The arrowhead marker, drawn in the line colour. */
  static void writeMarker(SvgOut out) {
    writeMarker(out, ARROW_ID, Palette.LINE, 11);
  }

  /** The arrowhead of a highlighted flow: larger, in the accent colour. */
  static void writeHighlightMarker(SvgOut out) {
    writeMarker(out, HIGHLIGHT_ARROW_ID, Palette.ACCENT, 15);
  }

  private static void writeMarker(SvgOut out, String id, String colour, double size) {
    out.open(
        "marker",
        "id",
        id,
        "viewBox",
        "0 0 10 10",
        "refX",
        9,
        "refY",
        5,
        "markerUnits",
        "userSpaceOnUse",
        "markerWidth",
        size,
        "markerHeight",
        size,
        "orient",
        "auto");
    out.empty("path", "d", "M0,1 L10,5 L0,9 L2.5,5 Z", "fill", colour);
    out.close("marker");
  }

  static void writePath(SvgOut out, FlowShape shape) {
    writePath(out, shape, "", Palette.LINE, 1.6, ARROW_ID);
  }

  /** The path of the highlighted flow: thicker, in the accent colour. */
  static void writeHighlightedPath(SvgOut out, FlowShape shape) {
    writePath(out, shape, " highlighted", Palette.ACCENT, 3.2, HIGHLIGHT_ARROW_ID);
  }

  private static void writePath(
      SvgOut out, FlowShape shape, String extraClass, String colour, double width, String arrow) {
    boolean guarded = shape.flow().condition() != null;
    out.open(
        "g",
        "id",
        "flow-" + shape.flow().id(),
        "class",
        (guarded ? "flow guarded" : "flow") + extraClass);
    if (!shape.flow().description().isEmpty()) {
      out.text("title", shape.flow().description());
    }
    out.empty(
        "path",
        "d",
        shape.pathData(),
        "fill",
        "none",
        "stroke",
        colour,
        "stroke-width",
        width,
        "stroke-dasharray",
        guarded ? Palette.DASH : null,
        "marker-end",
        "url(#" + arrow + ")");
    out.close("g");
  }

  /** A flow's label; {@code accent} draws it in the highlight colour. */
  static void writeLabel(SvgOut out, FlowLabel label, Rect box, boolean accent) {
    out.open("g", "class", accent ? "flow-label highlighted" : "flow-label");
    out.empty(
        "rect",
        "x",
        box.x(),
        "y",
        box.y(),
        "width",
        box.width(),
        "height",
        box.height(),
        "rx",
        5,
        "fill",
        "#ffffff",
        "fill-opacity",
        0.96,
        "stroke",
        accent ? Palette.ACCENT : Palette.BORDER,
        "stroke-width",
        accent ? 1.6 : 0.8);
    double cx = box.centerX();
    double baseline = box.y() + FlowLabel.PAD_Y + 10;
    out.text(
        "text",
        label.ports(),
        "x",
        cx,
        "y",
        baseline,
        "text-anchor",
        "middle",
        "font-size",
        FlowLabel.PORT_SIZE,
        "font-weight",
        "bold",
        "fill",
        accent ? Palette.ACCENT : Palette.INK);
    if (label.condition() != null) {
      out.text(
          "text",
          label.condition(),
          "x",
          cx,
          "y",
          baseline + FlowLabel.LINE_HEIGHT,
          "text-anchor",
          "middle",
          "font-size",
          FlowLabel.CONDITION_SIZE,
          "font-style",
          "italic",
          "fill",
          Palette.CONDITION);
    }
    out.close("g");
  }
}
