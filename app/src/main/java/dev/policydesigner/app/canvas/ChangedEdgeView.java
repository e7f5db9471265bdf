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
    ArrowGeometry.layOutBowed(line, label, from, to, len -> -Math.max(50, len * 0.2));
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
