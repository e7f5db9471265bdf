package dev.policydesigner.app.canvas;

import dev.policydesigner.app.canvas.geometry.Box;
import dev.policydesigner.model.observe.ObservationReport.Unmatched;
import java.util.function.Consumer;
import javafx.scene.Group;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.shape.QuadCurve;

/**
 * Observed traffic that no flow allows, drawn as a dotted grey curve between two cards (bowed, so
 * it does not run under the cards between them) with its port and count; its context menu offers
 * <i>Add as flow</i>.
 */
public final class GhostEdgeView extends Group {
  private final Unmatched traffic;
  private final Box from;
  private final Box to;
  private final QuadCurve line = new QuadCurve();
  private final Label label = new Label();

  GhostEdgeView(Unmatched traffic, Box from, Box to, Consumer<Unmatched> addAsFlow) {
    this.traffic = traffic;
    this.from = from;
    this.to = to;
    getStyleClass().add("ghost-edge");
    line.getStyleClass().add("ghost-line");
    label.getStyleClass().add("ghost-label");
    label.setText(
        traffic.port() + "/" + traffic.protocol() + "  ×" + traffic.count() + "  not in diagram");
    label.setTooltip(
        new javafx.scene.control.Tooltip(
            ObservedBadge.tooltip(traffic.count(), traffic.verdicts(), traffic.policies())
                + "\nRight-click: Add as flow"));
    ObservedBadge.mark(this, traffic.verdicts());
    MenuItem add = new MenuItem("Add as flow");
    add.setId("ghost-add-as-flow");
    add.setOnAction(e -> addAsFlow.accept(traffic));
    ContextMenu menu = new ContextMenu(add);
    setOnContextMenuRequested(
        e -> {
          menu.show(this, e.getScreenX(), e.getScreenY());
          e.consume();
        });
    // a secondary press opens it too: not every platform reports it as a popup trigger
    setOnMousePressed(
        e -> {
          if (e.getButton() == javafx.scene.input.MouseButton.SECONDARY) {
            menu.show(this, e.getScreenX(), e.getScreenY());
          }
          e.consume();
        });
    getChildren().addAll(line, label);
    label.layoutBoundsProperty().addListener(o -> layoutEdge());
    layoutEdge();
  }

  private void layoutEdge() {
    ArrowGeometry.layOutBowed(line, label, from, to, len -> Math.max(70, len * 0.3));
  }

  public Unmatched traffic() {
    return traffic;
  }

  /** The label, for a right click. */
  public Label label() {
    return label;
  }
}
