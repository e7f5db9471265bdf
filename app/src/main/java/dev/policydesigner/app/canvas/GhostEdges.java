package dev.policydesigner.app.canvas;

import dev.policydesigner.app.canvas.geometry.Box;
import dev.policydesigner.model.observe.ObservationReport;
import dev.policydesigner.model.observe.ObservationReport.Unmatched;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.scene.Group;

/** The ghost edges of observed traffic that no flow allows, between the cards they connect. */
final class GhostEdges {
  private final CanvasGeometry geometry;
  private final Group layer = new Group();
  private Consumer<Unmatched> onAdd = u -> {};

  GhostEdges(CanvasGeometry geometry) {
    this.geometry = geometry;
  }

  Group layer() {
    return layer;
  }

  void setOnAdd(Consumer<Unmatched> handler) {
    onAdd = handler;
  }

  /** Draws the unmatched traffic of {@code report} between shown ends ({@code null}: none). */
  void show(ObservationReport report, Predicate<String> shown) {
    layer.getChildren().clear();
    if (report == null) {
      return;
    }
    for (Unmatched u : report.unmatched()) {
      String from = u.source().nodeId().orElse(null);
      String to = u.destination().nodeId().orElse(null);
      if (from == null || to == null || from.equals(to) || !shown.test(from) || !shown.test(to)) {
        continue;
      }
      Box a = geometry.end(geometry.endOf(from));
      Box b = geometry.end(geometry.endOf(to));
      if (a != null && b != null && a != b) {
        layer.getChildren().add(new GhostEdgeView(u, a, b, t -> onAdd.accept(t)));
      }
    }
  }

  List<GhostEdgeView> edges() {
    return layer.getChildren().stream().map(g -> (GhostEdgeView) g).toList();
  }
}
