package dev.policydesigner.app.canvas;

import dev.policydesigner.app.canvas.geometry.Box;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.check.PlaceholderValues;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Group;

/**
 * The cards shown as views, at or above the detail zoom: a view is made when its card first comes
 * into sight, kept while its node lasts, and in the scene graph only while in sight (JavaFX walks
 * every node of the scene on every frame, hidden or not). Below the detail zoom no card is a view:
 * the still picture paints them.
 */
final class CardViews {
  /** Screen pixels beyond the edges still kept, so nothing pops in at the border. */
  private static final double SLACK = 60;

  private final Group layer;
  private final Consumer<NodeCardView> onCreate;
  private final Map<String, NodeCardView> views = new HashMap<>();
  private PlaceholderValues values = PlaceholderValues.DEFAULTS;

  CardViews(Group layer, Consumer<NodeCardView> onCreate) {
    this.layer = layer;
    this.onCreate = onCreate;
  }

  /** Shows the cards' placeholders as they render with {@code values}. */
  void setValues(PlaceholderValues values) {
    this.values = values;
    views.values().forEach(v -> v.setValues(values));
  }

  /** The view of a node, if one was made. */
  NodeCardView view(String id) {
    return views.get(id);
  }

  Iterable<NodeCardView> all() {
    return views.values();
  }

  /** Updates the views made so far; drops those of removed nodes. */
  void update(Diagram d, Set<String> subjects) {
    Set<String> seen = new HashSet<>();
    for (Node n : d.nodes()) {
      NodeCardView v = views.get(n.id());
      if (v != null) {
        v.update(n, subjects.contains(n.id()));
        seen.add(n.id());
      }
    }
    views
        .entrySet()
        .removeIf(
            e -> {
              if (seen.contains(e.getKey())) {
                return false;
              }
              layer.getChildren().remove(e.getValue());
              return true;
            });
  }

  /**
   * Puts the views of the cards in {@code sight} (world; {@code null} = none) into the scene graph
   * and takes the others out; cards in {@code keep} stay in whatever their place.
   */
  void place(
      CanvasGeometry g,
      Box sight,
      Set<String> keep,
      Diagram d,
      Set<String> subjects,
      Function<String, Set<Mark>> marks) {
    List<NodeCardView> wanted = new ArrayList<>();
    Set<NodeCardView> wantedSet = new HashSet<>();
    for (Map.Entry<String, Box> e : g.cards().entrySet()) {
      String id = e.getKey();
      boolean inSight = sight != null && e.getValue().intersects(sight);
      if (inSight || (keep.contains(id) && sight != null)) {
        NodeCardView v = views.get(id);
        if (v == null) {
          v = new NodeCardView(g.node(id), subjects.contains(id), values);
          views.put(id, v);
          onCreate.accept(v);
        }
        v.setMarks(marks.apply(id));
        wanted.add(v);
        wantedSet.add(v);
      }
    }
    layer.getChildren().removeIf(n -> !wantedSet.contains(n));
    Set<javafx.scene.Node> present = new HashSet<>(layer.getChildren());
    for (NodeCardView v : wanted) {
      if (!present.contains(v)) {
        layer.getChildren().add(v);
      }
    }
  }

  /** The world area in sight, grown by the slack, for a pane of this size. */
  static Box sight(double w, double h, double tx, double ty, double zoom) {
    return new Box(
        (-SLACK - tx) / zoom, (-SLACK - ty) / zoom, (w + 2 * SLACK) / zoom, (h + 2 * SLACK) / zoom);
  }

  /** Marks every view made so far. */
  void mark(Function<String, Set<Mark>> marks) {
    views.forEach((id, v) -> v.setMarks(marks.apply(id)));
  }
}
