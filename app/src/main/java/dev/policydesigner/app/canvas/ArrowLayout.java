package dev.policydesigner.app.canvas;

import dev.policydesigner.app.canvas.geometry.Box;
import dev.policydesigner.app.canvas.geometry.ObstacleIndex;
import dev.policydesigner.app.canvas.geometry.OrthogonalRouter;
import dev.policydesigner.app.canvas.geometry.Route;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The arrows of the shown flows (one per flow; one per pair of ends where a namespace is
 * collapsed), routed around the cards, with labels placed where they cover no card and no other
 * label. Routes and labels are kept while their ends stay put and no card moved across them.
 */
final class ArrowLayout {
  /** How far apart the two arrows between the same cards in opposite directions run. */
  private static final double LANE = 6;

  private static final double LABEL_CLEARANCE = 3;
  private final ObstacleIndex cards;
  private final OrthogonalRouter router;
  private final ArrowLabel.TextMeasure measure;
  private final ObstacleIndex labels = new ObstacleIndex();
  private Map<String, DrawnArrow> arrows = new LinkedHashMap<>();
  private final Map<String, DrawnArrow> byFlow = new HashMap<>();
  private final Map<String, String> signatures = new HashMap<>();

  ArrowLayout(ObstacleIndex cards, ArrowLabel.TextMeasure measure) {
    this.cards = cards;
    this.router = new OrthogonalRouter(cards);
    this.measure = measure;
  }

  Collection<DrawnArrow> all() {
    return arrows.values();
  }

  DrawnArrow ofFlow(String flowId) {
    return byFlow.get(flowId);
  }

  OrthogonalRouter router() {
    return router;
  }

  /** Lays the arrows out again; {@code dirty} are the areas where cards appeared or left. */
  void update(
      Diagram diagram,
      Predicate<String> shown,
      Map<String, String> endOf,
      Map<String, Box> ends,
      List<Box> dirty,
      Function<String, String> badge) {
    Map<String, List<Flow>> groups = new LinkedHashMap<>();
    Map<String, String[]> groupEnds = new HashMap<>();
    for (Flow f : diagram.flows()) {
      String fk = endOf.get(f.from());
      String tk = endOf.get(f.to());
      if (fk == null || tk == null || !shown.test(f.id())) {
        continue;
      }
      boolean aggregate = !fk.equals(f.from()) || !tk.equals(f.to());
      if (aggregate && fk.equals(tk)) {
        continue; // inside one collapsed namespace
      }
      String key = aggregate ? "arrow:" + fk + ">" + tk : f.id();
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
      groupEnds.put(key, new String[] {fk, tk});
    }
    Set<String> directions = new HashSet<>();
    groupEnds.values().forEach(e -> directions.add(e[0] + ">" + e[1]));
    Map<String, DrawnArrow> next = new LinkedHashMap<>();
    boolean changed = !dirty.isEmpty() || groups.size() != arrows.size();
    byFlow.clear();
    for (Map.Entry<String, List<Flow>> g : groups.entrySet()) {
      String key = g.getKey();
      String[] e = groupEnds.get(key);
      DrawnArrow a = arrow(key, g.getValue(), e, badge);
      boolean paired = !e[0].equals(e[1]) && directions.contains(e[1] + ">" + e[0]);
      double lane = paired ? (e[0].compareTo(e[1]) < 0 ? -LANE : LANE) : 0;
      Box from = ends.get(e[0]);
      Box to = ends.get(e[1]);
      String signature = from + "|" + to + "|" + lane;
      boolean kept = a == arrows.get(key) && signature.equals(signatures.get(key));
      if (!kept || dependsOn(a.route(), dirty)) {
        a.setRoute(
            e[0].equals(e[1])
                ? OrthogonalRouter.loop(from)
                : router.route(e[0], from, e[1], to, lane));
        signatures.put(key, signature);
        changed = true;
      }
      next.put(key, a);
      for (Flow f : g.getValue()) {
        byFlow.put(f.id(), a);
      }
    }
    for (String key : arrows.keySet()) {
      if (!next.containsKey(key)) {
        signatures.remove(key);
        changed = true;
      }
    }
    arrows = next;
    if (changed) {
      // in drawing order, every time: the labels come out the same whatever happened before
      labels.clear();
      arrows.values().forEach(this::placeLabel);
    }
  }

  /** Whether the route may come out otherwise after cards appeared or left in {@code dirty}. */
  private static boolean dependsOn(Route route, List<Box> dirty) {
    for (Box d : dirty) {
      if (route.dependsOn(d)) {
        return true;
      }
    }
    return false;
  }

  /** The arrow of a group: the one drawn before when nothing about it changed. */
  private DrawnArrow arrow(
      String key, List<Flow> flows, String[] ends, Function<String, String> badge) {
    String count = null;
    if (flows.size() == 1) {
      count = badge.apply(flows.get(0).id());
    }
    ArrowLabel label =
        flows.size() == 1 && key.equals(flows.get(0).id())
            ? ArrowLabel.of(flows.get(0), count)
            : ArrowLabel.ofAll(flows, count);
    DrawnArrow fresh = new DrawnArrow(key, flows, ends[0], ends[1], label);
    DrawnArrow old = arrows.get(key);
    return fresh.sameAs(old) ? old : fresh;
  }

  /** Puts the label on the first place along the route where it covers no card and no label. */
  private void placeLabel(DrawnArrow a) {
    double[] size = a.labelSize(measure);
    a.setLabelBox(null);
    for (double[] c : LabelSpots.along(a.route(), size[0], size[1])) {
      Box box = new Box(c[0] - size[0] / 2, c[1] - size[1] / 2, size[0], size[1]);
      Box clear = box.inflate(LABEL_CLEARANCE);
      if (cards.within(clear).isEmpty() && labels.within(clear).isEmpty()) {
        a.setLabelBox(box);
        labels.put(a.key(), box);
        return;
      }
    }
  }

  /** Where the label of {@code a} goes when it is shown although it had no room of its own. */
  Box anyLabelBox(DrawnArrow a) {
    if (a.labelBox() != null) {
      return a.labelBox();
    }
    double[] size = a.labelSize(measure);
    List<double[]> spots = LabelSpots.along(a.route(), size[0], size[1]);
    double[] c = spots.isEmpty() ? LabelSpots.middle(a.route()) : spots.get(0);
    return new Box(c[0] - size[0] / 2, c[1] - size[1] / 2, size[0], size[1]);
  }
}
