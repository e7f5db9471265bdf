package dev.policydesigner.export.diagram.image;

import static dev.policydesigner.export.diagram.image.DiagramSvgWriterTest.byId;
import static dev.policydesigner.export.diagram.image.DiagramSvgWriterTest.parse;
import static dev.policydesigner.export.diagram.image.DiagramSvgWriterTest.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.Workload;
import dev.policydesigner.model.example.Examples;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class DiagramSvgSelectionTest {
  private final DiagramSvgWriter writer = new DiagramSvgWriter();

  @Test
  void drawsOnlyTheSelectedNodesAndTheFlowsBetweenThem() throws Exception {
    Diagram hubble = Examples.hubble();
    Set<String> selected = Set.of("gateway", "hubble-ui", "kube-dns");

    Document doc = parse(writer.write(hubble, selected, SvgStyle.DEFAULT));

    for (Node n : hubble.nodes()) {
      assertEquals(selected.contains(n.id()), byId(doc, "node-" + n.id()) != null, n.id());
    }
    for (Flow f : hubble.flows()) {
      boolean inside = selected.contains(f.from()) && selected.contains(f.to());
      assertEquals(inside, byId(doc, "flow-" + f.id()) != null, f.id());
    }
    assertFalse(texts(doc).contains("Hubble Relay"));
  }

  @Test
  void escapesMarkupCharactersInNamesAndDescriptions() throws Exception {
    Diagram hubble = Examples.hubble();
    Diagram tricky =
        hubble
            .withTitle("a <b> & \"c\"", "x < y & 'z'")
            .mapNode("hubble-ui", n -> n.withName("UI <&\">"))
            .mapNode("kube-dns", n -> ((Workload) n).withNamespace("ns&<x>"));

    String svg = writer.write(tricky, Set.of(), SvgStyle.DEFAULT);
    Document doc = parse(svg);

    List<String> texts = texts(doc);
    assertTrue(texts.contains("a <b> & \"c\""), texts::toString);
    assertTrue(texts.contains("x < y & 'z'"));
    assertTrue(texts.contains("UI <&\">"));
    assertTrue(texts.contains("ns ns&<x>"));
    assertFalse(svg.contains("UI <&"));
  }

  @Test
  void drawsASelfLoopAndSpreadsParallelFlowsApart() throws Exception {
    Diagram hubble = Examples.hubble();
    Flow back = Flow.of("back", "hubble-relay", "hubble-ui", List.of(), "Callback");
    Flow again = Flow.of("again", "hubble-ui", "hubble-relay", List.of(), "Second path");
    Flow self = Flow.of("self", "hubble-ui", "hubble-ui", List.of(), "Peers");
    List<Flow> flows = new java.util.ArrayList<>(hubble.flows());
    flows.addAll(List.of(back, again, self));

    Document doc = parse(writer.write(hubble.withFlows(flows), Set.of(), SvgStyle.DEFAULT));

    assertTrue(pathOf(doc, "self").contains("C"), "a self-loop is a cubic curve");
    // Three flows join Hubble UI and Hubble Relay: the middle one straight, the others curved.
    assertFalse(pathOf(doc, "back").contains("Q"));
    assertTrue(pathOf(doc, "again").contains("Q"), "parallel flows curve apart");
    assertTrue(pathOf(doc, hubble.flows().get(2).id()).contains("Q"));
    assertFalse(pathOf(doc, "again").equals(pathOf(doc, hubble.flows().get(2).id())));
    assertTrue(texts(doc).contains("all ports"));
  }

  @Test
  void leavesOutTitleAndLegendWhenTheStyleSaysSo() throws Exception {
    Diagram rustfs = Examples.rustfs();

    Document doc = parse(writer.write(rustfs, Set.of(), SvgStyle.DEFAULT.withoutHeader()));

    assertFalse(texts(doc).contains(rustfs.description()));
    assertNull(byId(doc, "legend"));
    assertNotNull(byId(doc, "node-rustfs"));
  }

  private static String pathOf(Document doc, String flowId) {
    return ((org.w3c.dom.Element)
            byId(doc, "flow-" + flowId).getElementsByTagNameNS("*", "path").item(0))
        .getAttribute("d");
  }
}
