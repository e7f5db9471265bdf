package dev.policydesigner.app.canvas;

import dev.policydesigner.app.canvas.geometry.Box;
import dev.policydesigner.app.canvas.geometry.ObstacleIndex;
import dev.policydesigner.app.canvas.geometry.OrthogonalRouter;
import dev.policydesigner.export.diagram.image.CardGeometry;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.EntityNode;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.Workload;
import dev.policydesigner.model.layout.NamespaceLayout;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Where everything on the canvas goes, in world units: the cards of the shown nodes, the namespace
 * boxes (or the cards of collapsed namespaces) and the arrows with their routes and labels. Updated
 * from the diagram and from what is shown; routes and labels are kept wherever nothing near them
 * changed, so an edit costs in proportion to what it touches.
 */
final class CanvasGeometry {
  private final Map<String, Box> cards = new LinkedHashMap<>();
  private final Map<String, Node> nodes = new HashMap<>();
  private final Map<String, NamespaceBox> boxes = new LinkedHashMap<>();
  private final Map<String, NamespaceBox> peers = new LinkedHashMap<>();
  private final Map<String, Box> ends = new HashMap<>();
  private final Map<String, String> endOfNode = new HashMap<>();
  private final ObstacleIndex obstacles = new ObstacleIndex();
  private final ArrowLayout arrows;

  CanvasGeometry(ArrowLabel.TextMeasure measure) {
    arrows = new ArrowLayout(obstacles, measure);
  }

  /**
   * Lays out {@code diagram}, leaving out the nodes and flows {@code shown} rejects; {@code badge}
   * gives the observed-count badge of a flow (or {@code null}).
   */
  void update(Diagram diagram, Predicate<String> shown, Function<String, String> badge) {
    Map<String, Box> oldEnds = new HashMap<>(ends);
    cards.clear();
    nodes.clear();
    ends.clear();
    endOfNode.clear();
    Map<String, List<String>> members = new LinkedHashMap<>();
    Map<String, Box> unions = new HashMap<>();
    Map<String, List<String>> peerMembers = new LinkedHashMap<>();
    Map<String, Box> peerUnions = new HashMap<>();
    Set<String> collapsed = diagram.collapsedNamespaces();
    for (Node n : diagram.nodes()) {
      if (!shown.test(n.id())) {
        continue;
      }
      Box b = cardBox(n);
      if (n instanceof Workload w) {
        members.computeIfAbsent(w.namespace(), k -> new ArrayList<>()).add(n.id());
        unions.merge(w.namespace(), b, Box::union);
        if (collapsed.contains(w.namespace())) {
          endOfNode.put(n.id(), NamespaceBox.endKey(w.namespace()));
          continue;
        }
      } else {
        String title = peerTitle(n);
        peerMembers.computeIfAbsent(title, k -> new ArrayList<>()).add(n.id());
        peerUnions.merge(title, b, Box::union);
      }
      cards.put(n.id(), b);
      nodes.put(n.id(), n);
      ends.put(n.id(), b);
      endOfNode.put(n.id(), n.id());
    }
    placeBoxes(members, unions, collapsed);
    placePeers(peerMembers, peerUnions);
    List<Box> dirty = new ArrayList<>();
    moveObstacles(oldEnds, dirty);
    markScattered(boxes);
    markScattered(peers);
    arrows.update(diagram, shown, endOfNode, ends, dirty, badge);
  }

  /** The card of a node at its position. */
  static Box cardBox(Node n) {
    CardGeometry g = CardGeometry.of(n);
    return new Box(g.x(), g.y(), g.width(), g.height());
  }

  private void placeBoxes(
      Map<String, List<String>> members, Map<String, Box> unions, Set<String> collapsed) {
    boxes.clear();
    for (Map.Entry<String, List<String>> e : members.entrySet()) {
      String ns = e.getKey();
      Box u = unions.get(ns);
      boolean folded = collapsed.contains(ns);
      Box frame =
          folded
              ? new Box(u.x(), u.y(), CardGeometry.WIDTH, NamespaceBox.COLLAPSED_HEIGHT)
              : framed(u);
      boxes.put(ns, new NamespaceBox(ns, frame, folded, e.getValue(), true));
      if (folded) {
        ends.put(NamespaceBox.endKey(ns), frame);
      }
    }
  }

  /** The title of the box of a node that is no workload: entities, or addresses outside. */
  static String peerTitle(Node n) {
    return n instanceof EntityNode ? NamespaceLayout.ENTITIES_TITLE : NamespaceLayout.OUTSIDE_TITLE;
  }

  private void placePeers(Map<String, List<String>> members, Map<String, Box> unions) {
    peers.clear();
    for (Map.Entry<String, List<String>> e : members.entrySet()) {
      peers.put(
          e.getKey(),
          new NamespaceBox(e.getKey(), framed(unions.get(e.getKey())), false, e.getValue(), true));
    }
  }

  /** The frame of a box around {@code cards}: padding, and the title band above. */
  private static Box framed(Box u) {
    return new Box(
        u.x() - NamespaceBox.PADDING,
        u.y() - NamespaceBox.PADDING - NamespaceBox.TITLE,
        u.w() + 2 * NamespaceBox.PADDING,
        u.h() + 2 * NamespaceBox.PADDING + NamespaceBox.TITLE);
  }

  /** Boxes that would hold cards of other boxes are not drawn: the cards do not sit together. */
  private void markScattered(Map<String, NamespaceBox> boxes) {
    for (Map.Entry<String, NamespaceBox> e : boxes.entrySet()) {
      NamespaceBox b = e.getValue();
      if (b.collapsed()) {
        continue;
      }
      Set<String> members = new java.util.HashSet<>(b.memberIds());
      for (String key : obstacles.within(b.frame())) {
        Box other = ends.get(key);
        if (!members.contains(key) && other != null && other.intersects(b.frame())) {
          e.setValue(new NamespaceBox(b.namespace(), b.frame(), false, b.memberIds(), false));
          break;
        }
      }
    }
  }

  /** Keeps the obstacle index in step with the ends; notes the areas that changed. */
  private void moveObstacles(Map<String, Box> oldEnds, List<Box> dirty) {
    for (Map.Entry<String, Box> e : oldEnds.entrySet()) {
      Box now = ends.get(e.getKey());
      if (!e.getValue().equals(now)) {
        dirty.add(e.getValue().inflate(OrthogonalRouter.MARGIN));
        if (now == null) {
          obstacles.remove(e.getKey());
        }
      }
    }
    for (Map.Entry<String, Box> e : ends.entrySet()) {
      if (!Objects.equals(oldEnds.get(e.getKey()), e.getValue())) {
        Box grown = e.getValue().inflate(OrthogonalRouter.MARGIN);
        dirty.add(grown);
        obstacles.put(e.getKey(), grown);
      }
    }
  }

  /** The cards of the shown, not collapsed nodes, in drawing order. */
  Map<String, Box> cards() {
    return cards;
  }

  /** The node of a shown card. */
  Node node(String id) {
    return nodes.get(id);
  }

  /** The namespaces with shown workloads. */
  Collection<NamespaceBox> boxes() {
    return boxes.values();
  }

  /**
   * The boxes of the nodes that are no workloads: one titled {@value
   * NamespaceLayout#ENTITIES_TITLE} around the Cilium entities, one titled {@value
   * NamespaceLayout#OUTSIDE_TITLE} around the CIDRs and DNS names (their {@code namespace} is that
   * title). Drawn, never collapsed or moved whole.
   */
  Collection<NamespaceBox> peerBoxes() {
    return peers.values();
  }

  NamespaceBox box(String namespace) {
    return boxes.get(namespace);
  }

  /** The arrows in drawing order. */
  Collection<DrawnArrow> arrows() {
    return arrows.all();
  }

  /** The arrow that draws this flow, or {@code null} when it is not shown. */
  DrawnArrow arrowOf(String flowId) {
    return arrows.ofFlow(flowId);
  }

  /** Where the label of {@code a} is drawn when asked for, room or not. */
  Box labelBoxOf(DrawnArrow a) {
    return arrows.anyLabelBox(a);
  }

  /** The box of an arrow end (a card, or a collapsed namespace). */
  Box end(String key) {
    return ends.get(key);
  }

  /** Where a node is drawn: its own card or its collapsed namespace; null when hidden. */
  String endOf(String nodeId) {
    return endOfNode.get(nodeId);
  }

  /** The router over the current cards. */
  OrthogonalRouter router() {
    return arrows.router();
  }

  /** The topmost card (node id) under the world point, or {@code null}. */
  String cardAt(double x, double y) {
    String hit = null;
    for (Map.Entry<String, Box> e : cards.entrySet()) {
      if (e.getValue().contains(x, y)) {
        hit = e.getKey();
      }
    }
    return hit;
  }

  /** The namespace whose title band or collapsed card is under the world point, or null. */
  NamespaceBox boxAt(double x, double y) {
    for (NamespaceBox b : boxes.values()) {
      if (b.drawn() && b.titleBand().contains(x, y)) {
        return b;
      }
    }
    return null;
  }

  /** The arrow within {@code tolerance} of the world point (the nearest), or {@code null}. */
  DrawnArrow arrowAt(double x, double y, double tolerance) {
    DrawnArrow best = null;
    double bestDistance = tolerance;
    for (DrawnArrow a : arrows.all()) {
      Box b = a.route().bounds();
      if (x < b.x() - tolerance || x > b.maxX() + tolerance) {
        continue;
      }
      if (y < b.y() - tolerance || y > b.maxY() + tolerance) {
        continue;
      }
      double d = a.route().distanceTo(x, y);
      if (d <= bestDistance) {
        best = a;
        bestDistance = d;
      }
    }
    return best;
  }

  /** The bounds of everything drawn, or {@code null} when nothing is. */
  Box bounds() {
    Box all = null;
    for (Box b : ends.values()) {
      all = all == null ? b : all.union(b);
    }
    for (Map<String, NamespaceBox> m : List.of(boxes, peers)) {
      for (NamespaceBox b : m.values()) {
        if (b.drawn()) {
          all = all == null ? b.frame() : all.union(b.frame());
        }
      }
    }
    for (DrawnArrow a : arrows.all()) {
      all = all == null ? a.route().bounds() : all.union(a.route().bounds());
      if (a.labelBox() != null) {
        all = all.union(a.labelBox());
      }
    }
    return all;
  }
}
