package dev.policydesigner.export.diagram.image;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything placed before writing: the visible nodes with their card texts and geometry, the flows
 * between them with their shapes and labels, and the bounds of it all.
 */
record DiagramLayout(
    List<Node> nodes,
    Map<String, CardText> texts,
    Map<String, CardGeometry> cards,
    List<FlowShape> shapes,
    List<FlowLabel> labels,
    List<Rect> labelBoxes,
    Rect content) {

  static DiagramLayout of(Diagram diagram, Set<String> selectedIds) {
    List<Node> nodes = visibleNodes(diagram, selectedIds);
    Map<String, CardText> texts = new LinkedHashMap<>();
    Map<String, CardGeometry> cards = new LinkedHashMap<>();
    Map<String, Rect> rects = new LinkedHashMap<>();
    Map<String, List<Rect>> outlines = new LinkedHashMap<>();
    for (Node n : nodes) {
      CardText text = CardText.fitted(n);
      CardGeometry g = CardGeometry.of(n);
      texts.put(n.id(), text);
      cards.put(n.id(), g);
      rects.put(n.id(), g.rect());
      outlines.put(
          n.id(),
          diagram.isSubject(n.id()) ? List.of(g.rect(), CardSvg.badge(g)) : List.of(g.rect()));
    }
    List<Flow> flows = new ArrayList<>();
    for (Flow f : diagram.flows()) {
      if (rects.containsKey(f.from()) && rects.containsKey(f.to())) {
        flows.add(f);
      }
    }
    List<FlowShape> shapes =
        FlowRoutes.route(flows, rects, outlines, new ArrayList<>(rects.keySet()));
    List<FlowLabel> labels = flows.stream().map(FlowLabel::of).toList();
    List<Rect> boxes = LabelPlacer.place(shapes, labels, new ArrayList<>(rects.values()));
    Rect content = bounds(outlines.values(), shapes, boxes);
    return new DiagramLayout(nodes, texts, cards, shapes, labels, boxes, content);
  }

  private static List<Node> visibleNodes(Diagram diagram, Set<String> selectedIds) {
    Set<String> seen = new LinkedHashSet<>();
    List<Node> nodes = new ArrayList<>();
    for (Node n : diagram.nodes()) {
      boolean selected = selectedIds.isEmpty() || selectedIds.contains(n.id());
      if (selected && seen.add(n.id())) {
        nodes.add(n);
      }
    }
    return nodes;
  }

  private static Rect bounds(
      Iterable<List<Rect>> outlines, List<FlowShape> shapes, List<Rect> labels) {
    List<Rect> all = new ArrayList<>();
    outlines.forEach(all::addAll);
    shapes.forEach(s -> all.add(s.hull()));
    all.addAll(labels);
    if (all.isEmpty()) {
      return new Rect(0, 0, CardGeometry.WIDTH, 0);
    }
    Rect bounds = all.get(0);
    for (Rect r : all) {
      bounds = bounds.union(r);
    }
    return bounds;
  }
}
