package dev.policydesigner.export.diagram.image;

import dev.policydesigner.icons.Icon;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Node;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a diagram, or the selected part of it, as a standalone SVG 1.1 document: node cards at
 * their canvas positions (see {@link CardGeometry}), flows as arrows labelled with their ports
 * (guarded flows dashed, with their condition), policy subjects marked, and a title and legend
 * above. A style may highlight one flow (see {@link SvgStyle#highlightFlowId()}). The same diagram
 * always gives the same text.
 */
public final class DiagramSvgWriter {

  /**
   * The SVG document of {@code diagram}.
   *
   * @param selectedIds ids of the nodes to draw, with the flows between them; empty draws all
   * @param style title, legend, background and margin
   */
  public String write(Diagram diagram, Set<String> selectedIds, SvgStyle style) {
    DiagramLayout layout = DiagramLayout.of(diagram, selectedIds);
    Highlight highlight = Highlight.of(diagram, style.highlightFlowId());
    HeaderSvg header = new HeaderSvg(diagram.name(), diagram.description(), style);
    Rect content = layout.content();
    Rect headerBox = header.bounds(content);
    Rect all = (headerBox == null ? content : content.union(headerBox)).inflate(style.margin());

    SvgOut out = new SvgOut();
    open(out, all, diagram.name(), style);
    writeDefs(out, layout.nodes(), diagram, highlight);
    header.write(out, content);
    writeFlows(out, layout, highlight);
    out.open("g", "class", "nodes");
    for (Node n : layout.nodes()) {
      String id = n.id();
      Highlight.openDimmed(out, highlight.dims(id));
      CardSvg.write(out, n, layout.texts().get(id), layout.cards().get(id), diagram.isSubject(id));
      Highlight.closeDimmed(out, highlight.dims(id));
    }
    out.close("g");
    writeLabels(out, layout, highlight);
    out.close("svg");
    return out.toString();
  }

  /** The flow paths; a highlighted flow goes last, above the dimmed ones. */
  private static void writeFlows(SvgOut out, DiagramLayout layout, Highlight highlight) {
    out.open("g", "class", "flows");
    FlowShape emphasised = null;
    for (FlowShape s : layout.shapes()) {
      if (highlight.emphasises(s.flow())) {
        emphasised = s;
        continue;
      }
      Highlight.openDimmed(out, highlight.active());
      FlowSvg.writePath(out, s);
      Highlight.closeDimmed(out, highlight.active());
    }
    if (emphasised != null) {
      FlowSvg.writeHighlightedPath(out, emphasised);
    }
    out.close("g");
  }

  private static void writeLabels(SvgOut out, DiagramLayout layout, Highlight highlight) {
    out.open("g", "class", "flow-labels");
    int emphasised = -1;
    for (int i = 0; i < layout.labels().size(); i++) {
      if (highlight.emphasises(layout.shapes().get(i).flow())) {
        emphasised = i;
        continue;
      }
      Highlight.openDimmed(out, highlight.active());
      FlowSvg.writeLabel(out, layout.labels().get(i), layout.labelBoxes().get(i), false);
      Highlight.closeDimmed(out, highlight.active());
    }
    if (emphasised >= 0) {
      FlowSvg.writeLabel(
          out, layout.labels().get(emphasised), layout.labelBoxes().get(emphasised), true);
    }
    out.close("g");
  }

  private static void open(SvgOut out, Rect all, String name, SvgStyle style) {
    out.raw("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>");
    out.open(
        "svg",
        "xmlns",
        "http://www.w3.org/2000/svg",
        "xmlns:xlink",
        "http://www.w3.org/1999/xlink",
        "version",
        "1.1",
        "width",
        Math.ceil(all.width()),
        "height",
        Math.ceil(all.height()),
        "viewBox",
        SvgOut.num(all.x())
            + " "
            + SvgOut.num(all.y())
            + " "
            + SvgOut.num(Math.ceil(all.width()))
            + " "
            + SvgOut.num(Math.ceil(all.height())),
        "font-family",
        Palette.FONT_FAMILY);
    out.text("title", name);
    if (style.background() != null) {
      out.empty(
          "rect",
          "x",
          all.x(),
          "y",
          all.y(),
          "width",
          Math.ceil(all.width()),
          "height",
          Math.ceil(all.height()),
          "fill",
          style.background());
    }
  }

  private static void writeDefs(
      SvgOut out, List<Node> nodes, Diagram diagram, Highlight highlight) {
    Set<Icon> icons = new LinkedHashSet<>();
    for (Node n : nodes) {
      icons.add(NodeIcons.of(n));
      if (diagram.isSubject(n.id())) {
        icons.add(Icon.SUBJECT);
      }
    }
    out.open("defs");
    FlowSvg.writeMarker(out);
    if (highlight.active()) {
      FlowSvg.writeHighlightMarker(out);
    }
    IconSymbols.write(out, icons);
    out.close("defs");
  }
}
