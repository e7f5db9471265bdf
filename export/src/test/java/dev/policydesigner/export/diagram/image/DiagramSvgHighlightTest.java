package dev.policydesigner.export.diagram.image;

import static dev.policydesigner.export.diagram.image.DiagramSvgWriterTest.byId;
import static dev.policydesigner.export.diagram.image.DiagramSvgWriterTest.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.example.Examples;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class DiagramSvgHighlightTest {
  private static final String SVG_NS = "http://www.w3.org/2000/svg";
  private final DiagramSvgWriter writer = new DiagramSvgWriter();

  @ParameterizedTest
  @ValueSource(
      strings = {"hubble-ui-to-hubble-relay", "prometheus-to-hubble-relay", "gateway-to-hubble-ui"})
  void drawsTheHighlightedFlowAndItsEndsAtFullOpacityAndDimsTheRest(String flowId)
      throws Exception {
    Diagram d = Examples.hubble();
    Flow highlighted = d.flow(flowId).orElseThrow();
    Document doc = parse(writer.write(d, Set.of(), SvgStyle.DEFAULT.highlighting(flowId)));

    Element flow = byId(doc, "flow-" + flowId);
    assertNotNull(flow);
    assertEquals(1.0, opacity(flow));
    Element path = (Element) flow.getElementsByTagNameNS(SVG_NS, "path").item(0);
    assertEquals(Palette.ACCENT, path.getAttribute("stroke"));
    assertTrue(Double.parseDouble(path.getAttribute("stroke-width")) > 1.6);
    assertEquals("url(#" + FlowSvg.HIGHLIGHT_ARROW_ID + ")", path.getAttribute("marker-end"));
    for (Flow other : d.flows()) {
      if (!other.id().equals(flowId)) {
        assertEquals(Highlight.DIMMED_OPACITY, opacity(byId(doc, "flow-" + other.id())));
      }
    }
    for (Node n : d.nodes()) {
      boolean end = n.id().equals(highlighted.from()) || n.id().equals(highlighted.to());
      assertEquals(end ? 1.0 : Highlight.DIMMED_OPACITY, opacity(byId(doc, "node-" + n.id())));
    }
  }

  @Test
  void drawsTheHighlightedLabelInTheAccentColour() throws Exception {
    Document doc =
        parse(
            writer.write(
                Examples.hubble(),
                Set.of(),
                SvgStyle.DEFAULT.highlighting("hubble-ui-to-kube-dns")));

    NodeList groups = doc.getElementsByTagNameNS(SVG_NS, "g");
    int highlightedLabels = 0;
    for (int i = 0; i < groups.getLength(); i++) {
      Element g = (Element) groups.item(i);
      if (g.getAttribute("class").equals("flow-label highlighted")) {
        highlightedLabels++;
        assertEquals(1.0, opacity(g));
        Element text = (Element) g.getElementsByTagNameNS(SVG_NS, "text").item(0);
        assertEquals(Palette.ACCENT, text.getAttribute("fill"));
        assertTrue(text.getTextContent().contains("53"));
      }
    }
    assertEquals(1, highlightedLabels);
  }

  @Test
  void writesTheSameImageAsBeforeWithoutAHighlight() {
    Diagram d = Examples.rustfs();
    String plain = writer.write(d, Set.of(), SvgStyle.DEFAULT);

    assertEquals(plain, writer.write(d, Set.of(), SvgStyle.DEFAULT.highlighting(null)));
    assertFalse(plain.contains("opacity=\"0.25\""));
    assertFalse(plain.contains(FlowSvg.HIGHLIGHT_ARROW_ID));
  }

  @Test
  void refusesToHighlightAnUnknownFlow() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                writer.write(
                    Examples.hubble(), Set.of(), SvgStyle.DEFAULT.highlighting("no-such-flow")));
    assertTrue(e.getMessage().contains("no-such-flow"));
  }

  /** The product of the opacities of the element and its ancestors. */
  private static double opacity(Element e) {
    double opacity = 1;
    for (org.w3c.dom.Node n = e; n instanceof Element el; n = n.getParentNode()) {
      if (el.hasAttribute("opacity")) {
        opacity *= Double.parseDouble(el.getAttribute("opacity"));
      }
    }
    return opacity;
  }
}
