package dev.policydesigner.app.canvas;

import dev.policydesigner.app.canvas.geometry.Box;
import dev.policydesigner.app.canvas.geometry.OrthogonalRouter;
import dev.policydesigner.app.canvas.geometry.Route;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a drag moves and where it is now: cards, collapsed namespaces and whole namespace boxes
 * moved by one offset, and the arrows at them routed anew for every step. The still picture leaves
 * all of it out while the drag lasts; the live picture draws it.
 */
final class LiveMove {
  /** Nothing moving. */
  static final LiveMove NONE = new LiveMove(Set.of(), Map.of(), Set.of(), List.of());

  /** Above this many moving arrows, they are drawn as plain elbows while moving. */
  private static final int ROUTED_LIMIT = 150;

  private final Set<String> nodeIds;
  private final Map<String, Box> startEnds;
  private final Set<String> boxes;
  private final List<DrawnArrow> arrows;
  private final Map<String, NamespaceBox> collapsed = new HashMap<>();
  private Map<String, Box> ends = new LinkedHashMap<>();
  private final Map<DrawnArrow, Route> routes = new LinkedHashMap<>();
  private double dx;
  private double dy;

  private LiveMove(
      Set<String> nodeIds, Map<String, Box> startEnds, Set<String> boxes, List<DrawnArrow> arrows) {
    this.nodeIds = nodeIds;
    this.startEnds = startEnds;
    this.boxes = boxes;
    this.arrows = arrows;
  }

  /** A move of these nodes, starting from where {@code g} has them. */
  static LiveMove of(CanvasGeometry g, Collection<String> nodeIds) {
    Map<String, Box> startEnds = new LinkedHashMap<>();
    for (String id : nodeIds) {
      String key = g.endOf(id);
      if (key != null && g.end(key) != null) {
        startEnds.put(key, g.end(key));
      }
    }
    Set<String> boxes = new HashSet<>();
    Set<String> moving = Set.copyOf(nodeIds);
    for (NamespaceBox b : g.boxes()) {
      if (!b.collapsed() && moving.containsAll(b.memberIds())) {
        boxes.add(b.namespace());
      }
    }
    List<DrawnArrow> arrows =
        g.arrows().stream()
            .filter(a -> startEnds.containsKey(a.fromKey()) || startEnds.containsKey(a.toKey()))
            .toList();
    LiveMove move = new LiveMove(moving, startEnds, boxes, arrows);
    for (NamespaceBox b : g.boxes()) {
      if (b.collapsed() && startEnds.containsKey(NamespaceBox.endKey(b.namespace()))) {
        move.collapsed.put(NamespaceBox.endKey(b.namespace()), b);
      }
    }
    move.moveBy(0, 0, g);
    return move;
  }

  /** Moves everything to the start offset plus (dx, dy) and routes the arrows anew. */
  void moveBy(double offsetX, double offsetY, CanvasGeometry g) {
    dx = offsetX;
    dy = offsetY;
    Map<String, Box> now = new LinkedHashMap<>();
    startEnds.forEach((k, b) -> now.put(k, b.moved(dx, dy)));
    ends = now;
    routes.clear();
    OrthogonalRouter router = g.router();
    boolean avoid = arrows.size() <= ROUTED_LIMIT;
    for (DrawnArrow a : arrows) {
      Box from = ends.getOrDefault(a.fromKey(), g.end(a.fromKey()));
      Box to = ends.getOrDefault(a.toKey(), g.end(a.toKey()));
      if (from == null || to == null) {
        continue;
      }
      Route r;
      if (a.fromKey().equals(a.toKey())) {
        r = OrthogonalRouter.loop(from);
      } else if (avoid) {
        r = router.route(a.fromKey(), from, a.toKey(), to, 0);
      } else {
        r = OrthogonalRouter.elbow(from, to);
      }
      routes.put(a, r);
    }
  }

  boolean isEmpty() {
    return startEnds.isEmpty();
  }

  /** The moving nodes. */
  Set<String> nodeIds() {
    return nodeIds;
  }

  double dx() {
    return dx;
  }

  double dy() {
    return dy;
  }

  boolean moves(DrawnArrow a) {
    return startEnds.containsKey(a.fromKey()) || startEnds.containsKey(a.toKey());
  }

  boolean movesEnd(String key) {
    return startEnds.containsKey(key);
  }

  boolean movesBox(String namespace) {
    return boxes.contains(namespace);
  }

  NamespaceBox movedBox(NamespaceBox b) {
    return b.movedTo(b.frame().moved(dx, dy));
  }

  /** The moving ends (cards, collapsed namespaces) at their current place. */
  Map<String, Box> ends() {
    return ends;
  }

  /** The collapsed namespace of an end key, when that end is one. */
  NamespaceBox collapsedBox(String key) {
    return collapsed.get(key);
  }

  Map<DrawnArrow, Route> routes() {
    return routes;
  }

  /** The world area the live picture covers now, or {@code null} when empty. */
  Box bounds(CanvasGeometry g) {
    Box all = null;
    for (Box b : ends.values()) {
      all = all == null ? b : all.union(b);
    }
    for (Route r : routes.values()) {
      all = all == null ? r.bounds() : all.union(r.bounds());
    }
    for (String ns : boxes) {
      Box f = g.box(ns).frame().moved(dx, dy);
      all = all == null ? f : all.union(f);
    }
    return all;
  }
}
