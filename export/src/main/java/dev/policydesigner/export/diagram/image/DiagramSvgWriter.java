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
 * above. The same diagram always gives the same text.
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
    HeaderSvg header = new HeaderSvg(diagram.name(), diagram.description(), style);
    Rect content = layout.content();
    Rect headerBox = header.bounds(content);
    Rect all = (headerBox == null ? content : content.union(headerBox)).inflate(style.margin());

    SvgOut out = new SvgOut();
    open(out, all, diagram.name(), style);
    writeDefs(out, layout.nodes(), diagram);
    header.write(out, content);
    out.open("g", "class", "flows");
    layout.shapes().forEach(s -> FlowSvg.writePath(out, s));
    out.close("g");
    out.open("g", "class", "nodes");
    for (Node n : layout.nodes()) {
      String id = n.id();
      CardSvg.write(out, n, layout.texts().get(id), layout.cards().get(id), diagram.isSubject(id));
    }
    out.close("g");
    out.open("g", "class", "flow-labels");
    for (int i = 0; i < layout.labels().size(); i++) {
      FlowSvg.writeLabel(out, layout.labels().get(i), layout.labelBoxes().get(i));
    }
    out.close("g");
    out.close("svg");
    return out.toString();
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

  private static void writeDefs(SvgOut out, List<Node> nodes, Diagram diagram) {
    Set<Icon> icons = new LinkedHashSet<>();
    for (Node n : nodes) {
      icons.add(NodeIcons.of(n));
      if (diagram.isSubject(n.id())) {
        icons.add(Icon.SUBJECT);
      }
    }
    out.open("defs");
    FlowSvg.writeMarker(out);
    IconSymbols.write(out, icons);
    out.close("defs");
  }
}
