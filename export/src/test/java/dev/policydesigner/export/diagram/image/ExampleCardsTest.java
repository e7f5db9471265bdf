package dev.policydesigner.export.diagram.image;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.example.Examples;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The built-in examples' cards, grown to their names, still leave each other room. */
class ExampleCardsTest {
  @Test
  void noTwoCardsOfAnExampleOverlap() {
    for (String name : Examples.NAMES) {
      Diagram d = Examples.byName(name).orElseThrow();
      List<Node> nodes = d.nodes();
      for (int i = 0; i < nodes.size(); i++) {
        for (int j = i + 1; j < nodes.size(); j++) {
          Rect a = CardGeometry.of(nodes.get(i)).rect();
          Rect b = CardGeometry.of(nodes.get(j)).rect();
          boolean overlap =
              a.x() < b.x() + b.width()
                  && b.x() < a.x() + a.width()
                  && a.y() < b.y() + b.height()
                  && b.y() < a.y() + a.height();
          assertFalse(overlap, name + ": " + nodes.get(i).id() + " overlaps " + nodes.get(j).id());
        }
      }
    }
  }
}
