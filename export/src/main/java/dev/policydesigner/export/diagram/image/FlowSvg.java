package dev.policydesigner.export.diagram.image;

/** Writes flows: the arrow paths, and their labels on white rounded boxes. */
final class FlowSvg {
  static final String ARROW_ID = "arrow";

  private FlowSvg() {}

  /** The arrowhead marker, drawn in the line colour. */
  static void writeMarker(SvgOut out) {
    out.open(
        "marker",
        "id",
        ARROW_ID,
        "viewBox",
        "0 0 10 10",
        "refX",
        9,
        "refY",
        5,
        "markerUnits",
        "userSpaceOnUse",
        "markerWidth",
        11,
        "markerHeight",
        11,
        "orient",
        "auto");
    out.empty("path", "d", "M0,1 L10,5 L0,9 L2.5,5 Z", "fill", Palette.LINE);
    out.close("marker");
  }

  static void writePath(SvgOut out, FlowShape shape) {
    boolean guarded = shape.flow().condition() != null;
    out.open("g", "id", "flow-" + shape.flow().id(), "class", guarded ? "flow guarded" : "flow");
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
        Palette.LINE,
        "stroke-width",
        1.6,
        "stroke-dasharray",
        guarded ? Palette.DASH : null,
        "marker-end",
        "url(#" + ARROW_ID + ")");
    out.close("g");
  }

  static void writeLabel(SvgOut out, FlowLabel label, Rect box) {
    out.open("g", "class", "flow-label");
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
        Palette.BORDER,
        "stroke-width",
        0.8);
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
        Palette.INK);
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
