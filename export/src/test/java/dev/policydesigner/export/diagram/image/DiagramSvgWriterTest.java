package dev.policydesigner.export.diagram.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.example.Examples;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class DiagramSvgWriterTest {
  private final DiagramSvgWriter writer = new DiagramSvgWriter();

  static Stream<Diagram> examples() {
    return Stream.of(Examples.hubble(), Examples.rustfs());
  }

  static Document parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
  }

  static List<String> texts(Document doc) {
    NodeList list = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      texts.add(list.item(i).getTextContent());
    }
    return texts;
  }

  static Element byId(Document doc, String id) {
    NodeList all = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (id.equals(e.getAttribute("id"))) {
        return e;
      }
    }
    return null;
  }

  @ParameterizedTest
  @MethodSource("examples")
  void writesAWellFormedSvgDocumentWithAViewBox(Diagram diagram) throws Exception {
    Document doc = parse(writer.write(diagram, Set.of(), SvgStyle.DEFAULT));

    Element root = doc.getDocumentElement();
    assertEquals("svg", root.getLocalName());
    assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
    assertEquals("1.1", root.getAttribute("version"));
    assertEquals(4, root.getAttribute("viewBox").split(" ").length);
    assertTrue(root.getAttribute("font-family").startsWith("DejaVu Sans"));
  }

  @ParameterizedTest
  @MethodSource("examples")
  void showsEveryNodeNameTitleAndFlowPortLabel(Diagram diagram) throws Exception {
    Document doc = parse(writer.write(diagram, Set.of(), SvgStyle.DEFAULT));
    String allText = String.join("\n", texts(doc));

    assertTrue(texts(doc).contains(diagram.name()));
    assertTrue(texts(doc).contains(diagram.description()));
    for (Node n : diagram.nodes()) {
      String cardText = byId(doc, "node-" + n.id()).getTextContent().replaceAll("\\s+", " ");
      assertTrue(cardText.contains(n.name()), () -> n.name() + " missing in " + cardText);
    }
    for (Flow f : diagram.flows()) {
      assertTrue(allText.contains(PortText.of(f.ports())), () -> "ports of " + f.id());
      assertTrue(byId(doc, "flow-" + f.id()) != null, () -> "flow " + f.id());
    }
  }

  @ParameterizedTest
  @MethodSource("examples")
  void marksPolicySubjectsAndOnlyThem(Diagram diagram) throws Exception {
    Document doc = parse(writer.write(diagram, Set.of(), SvgStyle.DEFAULT));

    for (Node n : diagram.nodes()) {
      Element card = byId(doc, "node-" + n.id());
      boolean badge = card.getElementsByTagNameNS("*", "use").getLength() == 2;
      assertEquals(diagram.isSubject(n.id()), card.getAttribute("class").contains("subject"));
      assertEquals(diagram.isSubject(n.id()), badge, () -> "policy badge on " + n.id());
    }
  }

  @ParameterizedTest
  @MethodSource("examples")
  void drawsGuardedFlowsDashedWithTheirShortenedCondition(Diagram diagram) throws Exception {
    Document doc = parse(writer.write(diagram, Set.of(), SvgStyle.DEFAULT));
    List<String> texts = texts(doc);

    for (Flow f : diagram.flows()) {
      Element path =
          (Element) byId(doc, "flow-" + f.id()).getElementsByTagNameNS("*", "path").item(0);
      assertEquals(f.condition() != null, path.hasAttribute("stroke-dasharray"), f.id());
      if (f.condition() != null) {
        String shortened = "if " + f.condition().replace(" | default(false)", "");
        assertTrue(texts.contains(shortened), () -> shortened + " in " + texts);
      }
    }
    assertFalse(String.join("\n", texts).contains("default("));
  }

  @ParameterizedTest
  @MethodSource("examples")
  void givesTheSameTextForTheSameDiagram(Diagram diagram) {
    assertEquals(
        writer.write(diagram, Set.of(), SvgStyle.DEFAULT),
        writer.write(diagram, Set.of(), SvgStyle.DEFAULT));
  }
}
