package dev.policydesigner.model.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.model.CidrNode;
import dev.policydesigner.model.Entity;
import dev.policydesigner.model.EntityNode;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.FqdnNode;
import dev.policydesigner.model.FqdnSelector;
import dev.policydesigner.model.KindHint;
import dev.policydesigner.model.Label;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.Position;
import dev.policydesigner.model.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NamespaceLayoutTest {
  /** Cards of varying height, as cards with several detail lines are. */
  private static final CardSize VARYING =
      new CardSize() {
        @Override
        public double width(Node node) {
          return 200 + 40 * (Math.abs(node.id().hashCode() / 4) % 3);
        }

        @Override
        public double height(Node node) {
          return 72 + 16 * (Math.abs(node.id().hashCode()) % 4);
        }
      };

  private static Workload workload(String id, String namespace) {
    return new Workload(
        id,
        id,
        KindHint.APP,
        namespace,
        List.of(new Label("app", id)),
        List.of(),
        null,
        Position.ORIGIN);
  }

  private static Flow flow(String from, String to) {
    return new Flow(from + ">" + to, from, to, List.of(), null, null, "", null);
  }

  @Test
  void everyNamespaceGetsOneBoxAroundExactlyItsWorkloads() {
    List<Node> nodes =
        List.of(
            workload("grafana", "monitoring"),
            workload("loki", "monitoring"),
            workload("rustfs", "storage"),
            new EntityNode("world", "world", List.of(Entity.WORLD), Position.ORIGIN),
            new CidrNode("lan", "lan", "192.168.0.0/16", List.of(), Position.ORIGIN),
            new FqdnNode(
                "gh", "github", List.of(new FqdnSelector(false, "github.com")), Position.ORIGIN));
    NamespaceArrangement a =
        new NamespaceLayout(VARYING).arrange(nodes, List.of(), Position.ORIGIN);
    assertEquals(4, a.boxes().size());
    assertEquals(List.of("grafana", "loki"), box(a, "namespace:monitoring").nodeIds());
    assertEquals("monitoring", box(a, "namespace:monitoring").namespace());
    assertEquals(GroupKind.ENTITIES, box(a, "entities").kind());
    assertEquals(List.of("gh", "lan"), box(a, "outside").nodeIds());
    assertNoOverlapAndEveryCardInItsBox(nodes, a, VARYING);
  }

  @Test
  void aTemplatedNamespaceIsABoxTitledAsWritten() {
    String ns = "#{ monitoring_namespace | default('monitoring') }#";
    NamespaceArrangement a =
        new NamespaceLayout(VARYING)
            .arrange(List.of(workload("grafana", ns)), List.of(), Position.ORIGIN);
    assertEquals(ns, a.boxes().get(0).title());
  }

  @Test
  void nothingOverlapsInALargeRandomCluster() {
    Random random = new Random(7);
    List<Node> nodes = new ArrayList<>();
    List<Flow> flows = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      nodes.add(workload("w" + i, "ns" + random.nextInt(40)));
    }
    for (int i = 0; i < 20; i++) {
      nodes.add(new CidrNode("c" + i, "c" + i, "10.0." + i + ".0/24", List.of(), Position.ORIGIN));
    }
    for (int i = 0; i < 2000; i++) {
      flows.add(flow(nodes.get(random.nextInt(620)).id(), nodes.get(random.nextInt(620)).id()));
    }
    NamespaceArrangement a = new NamespaceLayout(VARYING).arrange(nodes, flows, Position.ORIGIN);
    assertEquals(620, a.positions().size());
    assertEquals(41, a.boxes().size());
    assertNoOverlapAndEveryCardInItsBox(nodes, a, VARYING);
    double width = a.boxes().stream().mapToDouble(b -> b.x() + b.width()).max().orElseThrow();
    double height = a.boxes().stream().mapToDouble(b -> b.y() + b.height()).max().orElseThrow();
    assertTrue(width / height > 0.8 && width / height < 3, width + " x " + height);
  }

  @Test
  void theBoxesArePackedToFitTheViewsAspectRatio() {
    Random random = new Random(11);
    List<Node> nodes = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      nodes.add(workload("w" + i, "ns" + random.nextInt(18)));
    }
    for (double aspect : new double[] {1.0, 2.0, 3.0}) {
      NamespaceArrangement a =
          new NamespaceLayout(VARYING, aspect).arrange(nodes, List.of(), Position.ORIGIN);
      assertNoOverlapAndEveryCardInItsBox(nodes, a, VARYING);
      double width = a.boxes().stream().mapToDouble(b -> b.x() + b.width()).max().orElseThrow();
      double height = a.boxes().stream().mapToDouble(b -> b.y() + b.height()).max().orElseThrow();
      double ratio = width / height;
      assertTrue(
          ratio > aspect / 1.6 && ratio < aspect * 1.6, aspect + ": " + width + "x" + height);
      double cards = nodes.stream().mapToDouble(n -> VARYING.width(n) * VARYING.height(n)).sum();
      double fitted = Math.max(width, height * aspect) * Math.max(width / aspect, height);
      assertTrue(cards / fitted > 0.2, aspect + ": cards fill a fifth of the fitted view");
    }
  }

  @Test
  void entitiesAndOutsideAddressesAreNeighbours() {
    List<Node> nodes = new ArrayList<>();
    List<Flow> flows = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      nodes.add(workload("w" + i, "ns" + i));
    }
    nodes.add(new EntityNode("world", "world", List.of(Entity.WORLD), Position.ORIGIN));
    nodes.add(new CidrNode("lan", "lan", "10.0.0.0/8", List.of(), Position.ORIGIN));
    flows.add(flow("w0", "world"));
    flows.add(flow("w1", "world"));
    NamespaceArrangement a = new NamespaceLayout(VARYING).arrange(nodes, flows, Position.ORIGIN);
    List<String> order = a.boxes().stream().map(NamespaceBox::key).toList();
    assertEquals(order.indexOf("entities") + 1, order.indexOf("outside"), order.toString());
  }

  @Test
  void groupsThatTalkMostArePlacedFirstAndNextToEachOther() {
    List<Node> nodes =
        List.of(
            workload("a", "alpha"),
            workload("b", "beta"),
            workload("c", "gamma"),
            workload("d", "delta"));
    List<Flow> flows =
        List.of(flow("c", "d"), flow("d", "c"), flow("c", "d"), flow("a", "c"), flow("b", "d"));
    NamespaceArrangement a =
        new NamespaceLayout(CardSize.fixed(200, 72)).arrange(nodes, flows, Position.ORIGIN);
    List<String> order = a.boxes().stream().map(NamespaceBox::key).toList();
    assertEquals(List.of("namespace:gamma", "namespace:delta"), order.subList(0, 2));
  }

  @Test
  void theSameInputGivesTheSameArrangementAndTheOriginShiftsIt() {
    List<Node> nodes = List.of(workload("x", "one"), workload("y", "two"));
    NamespaceLayout layout = new NamespaceLayout(CardSize.fixed(200, 72));
    NamespaceArrangement first = layout.arrange(nodes, List.of(), Position.ORIGIN);
    assertEquals(first, layout.arrange(nodes, List.of(), Position.ORIGIN));
    NamespaceArrangement shifted = layout.arrange(nodes, List.of(), new Position(100, 50));
    Position p = first.positions().get("x");
    assertEquals(p.plus(100, 50), shifted.positions().get("x"));
    assertNotEquals(first.positions().get("x"), first.positions().get("y"));
  }

  @Test
  void applyMovesOnlyTheArrangedNodes() {
    var diagram =
        new dev.policydesigner.model.Diagram(
            "d",
            "",
            List.of(workload("x", "one"), workload("y", "two")),
            List.of(),
            List.of(),
            dev.policydesigner.model.Settings.DEFAULT);
    NamespaceArrangement a =
        new NamespaceLayout(CardSize.fixed(200, 72))
            .arrange(List.of(diagram.node("x").orElseThrow()), List.of(), new Position(10, 10));
    var moved = a.applyTo(diagram);
    assertEquals(a.positions().get("x"), moved.node("x").orElseThrow().position());
    assertEquals(Position.ORIGIN, moved.node("y").orElseThrow().position());
    assertTrue(a.boxOf("x").isPresent());
    assertFalse(a.boxOf("y").isPresent());
  }

  private static NamespaceBox box(NamespaceArrangement a, String key) {
    return a.boxes().stream().filter(b -> b.key().equals(key)).findFirst().orElseThrow();
  }

  /** No two cards overlap, no two boxes overlap, and every card lies inside its own box. */
  static void assertNoOverlapAndEveryCardInItsBox(
      List<Node> nodes, NamespaceArrangement a, CardSize size) {
    Map<String, Position> p = a.positions();
    for (int i = 0; i < nodes.size(); i++) {
      Node n = nodes.get(i);
      Position pn = p.get(n.id());
      NamespaceBox box = a.boxOf(n.id()).orElseThrow();
      assertTrue(
          box.contains(pn.x(), pn.y(), size.width(n), size.height(n)), n.id() + " outside box");
      for (int j = i + 1; j < nodes.size(); j++) {
        Node m = nodes.get(j);
        Position pm = p.get(m.id());
        boolean overlap =
            pn.x() < pm.x() + size.width(m)
                && pm.x() < pn.x() + size.width(n)
                && pn.y() < pm.y() + size.height(m)
                && pm.y() < pn.y() + size.height(n);
        assertFalse(overlap, n.id() + " overlaps " + m.id());
      }
    }
    for (int i = 0; i < a.boxes().size(); i++) {
      for (int j = i + 1; j < a.boxes().size(); j++) {
        assertFalse(a.boxes().get(i).overlaps(a.boxes().get(j)), "boxes " + i + ", " + j);
      }
    }
  }
}
