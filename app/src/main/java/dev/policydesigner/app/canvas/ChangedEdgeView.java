package dev.policydesigner.app.canvas;

import dev.policydesigner.app.canvas.geometry.Box;
import dev.policydesigner.export.engine.DiagramComparison.NodeChange;
import javafx.css.PseudoClass;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.QuadCurve;

/**
 * A connection a comparison found added or removed between two cards that no flow carries, drawn as
 * a dashed curve (green when added, red when removed), bowed to the other side than observed
 * traffic, with its ports.
 */
public final class ChangedEdgeView extends Group {
  private final NodeChange change;
  private final Box from;
  private final Box to;
  private final QuadCurve line = new QuadCurve();
  private final Label label = new Label();

  ChangedEdgeView(NodeChange change, Box from, Box to) {
    this.change = change;
    this.from = from;
    this.to = to;
    getStyleClass().add("changed-edge");
    pseudoClassStateChanged(PseudoClass.getPseudoClass(change.kind()), true);
    line.getStyleClass().add("changed-edge-line");
    label.getStyleClass().add("changed-edge-label");
    boolean added = change.kind().equals("added");
    label.setText((added ? "+ " : "− ") + change.ports().label());
    label.setTooltip(
        new Tooltip(
            (added ? "Now allowed" : "No longer allowed")
                + " on "
                + change.ports().label()
                + ", and no flow of the diagram says so"
                + (added
                    ? " (a rule of another file, or a wider rule)"
                    : " (a flow was deleted)")));
    getChildren().addAll(line, label);
    label.layoutBoundsProperty().addListener(o -> layoutEdge());
    layoutEdge();
  }

  private void layoutEdge() {
    double ax = from.centerX();
    double ay = from.centerY();
    double bx = to.centerX();
    double by = to.centerY();
    double dx = bx - ax;
    double dy = by - ay;
    double len = Math.max(1e-6, Math.hypot(dx, dy));
    double bow = -Math.max(50, len * 0.2);
    double cx = (ax + bx) / 2 + dy / len * bow;
    double cy = (ay + by) / 2 - dx / len * bow;
    double[] s = ArrowGeometry.exitPoint(from, ax, ay, cx - ax, cy - ay);
    double[] e = ArrowGeometry.exitPoint(to, bx, by, cx - bx, cy - by);
    line.setStartX(s[0]);
    line.setStartY(s[1]);
    line.setControlX(cx);
    line.setControlY(cy);
    line.setEndX(e[0]);
    line.setEndY(e[1]);
    double mx = 0.25 * s[0] + 0.5 * cx + 0.25 * e[0];
    double my = 0.25 * s[1] + 0.5 * cy + 0.25 * e[1];
    double w = label.prefWidth(-1);
    double h = label.prefHeight(-1);
    label.resizeRelocate(mx - w / 2, my - h / 2, w, h);
  }

  /** The change drawn. */
  public NodeChange change() {
    return change;
  }

  /** The text beside the curve. */
  public Label label() {
    return label;
  }
}
