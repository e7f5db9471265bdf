package dev.policydesigner.app.canvas;

import dev.policydesigner.app.canvas.geometry.Box;
import dev.policydesigner.export.engine.DiagramComparison.NodeChange;
import java.util.List;
import java.util.function.Predicate;
import javafx.scene.Group;

/** The changes of a comparison between two cards that no flow carries, between those cards. */
final class ChangedEdges {
  private final CanvasGeometry geometry;
  private final Group layer = new Group();
  private List<NodeChange> changes = List.of();

  ChangedEdges(CanvasGeometry geometry) {
    this.geometry = geometry;
  }

  Group layer() {
    return layer;
  }

  void set(List<NodeChange> shown) {
    changes = List.copyOf(shown);
  }

  /** Draws the changes between shown ends. */
  void show(Predicate<String> shown) {
    layer.getChildren().clear();
    for (NodeChange c : changes) {
      if (c.from().equals(c.to()) || !shown.test(c.from()) || !shown.test(c.to())) {
        continue;
      }
      Box a = geometry.end(geometry.endOf(c.from()));
      Box b = geometry.end(geometry.endOf(c.to()));
      if (a != null && b != null && a != b) {
        layer.getChildren().add(new ChangedEdgeView(c, a, b));
      }
    }
  }

  List<ChangedEdgeView> edges() {
    return layer.getChildren().stream().map(g -> (ChangedEdgeView) g).toList();
  }
}
