package dev.policydesigner.export.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.Position;
import dev.policydesigner.model.example.Examples;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class HierarchicalLayoutTest {
  static Stream<Diagram> examples() {
    return Stream.of(Examples.hubble(), Examples.rustfs());
  }

  private static Map<String, double[]> sizes(Diagram d) {
    Map<String, double[]> sizes = new HashMap<>();
    for (int i = 0; i < d.nodes().size(); i++) {
      sizes.put(d.nodes().get(i).id(), new double[] {180 + 10 * (i % 3), 70 + 15 * (i % 4)});
    }
    return sizes;
  }

  @ParameterizedTest
  @MethodSource("examples")
  void placesEveryNodeWithoutOverlap(Diagram d) {
    Map<String, double[]> sizes = sizes(d);
    Map<String, Position> pos = new HierarchicalLayout().layout(d, sizes);
    assertEquals(d.nodes().size(), pos.size());
    List<Node> nodes = d.nodes();
    for (int i = 0; i < nodes.size(); i++) {
      for (int j = i + 1; j < nodes.size(); j++) {
        String a = nodes.get(i).id();
        String b = nodes.get(j).id();
        assertFalse(
            overlap(pos.get(a), sizes.get(a), pos.get(b), sizes.get(b)), a + " overlaps " + b);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("examples")
  void putsFlowSourcesLeftOfTheirDestinationsMostly(Diagram d) {
    Map<String, Position> pos = new HierarchicalLayout().layout(d, sizes(d));
    long rightwards =
        d.flows().stream().filter(f -> pos.get(f.from()).x() < pos.get(f.to()).x()).count();
    assertTrue(rightwards * 2 > d.flows().size(), "most flows point right");
  }

  private static boolean overlap(Position p, double[] s, Position q, double[] t) {
    return p.x() < q.x() + t[0]
        && q.x() < p.x() + s[0]
        && p.y() < q.y() + t[1]
        && q.y() < p.y() + s[1];
  }
}
