package dev.policydesigner.app.canvas;

import dev.policydesigner.export.diagram.image.CardText;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.observe.ObservationReport;
import javafx.beans.InvalidationListener;
import javafx.css.PseudoClass;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;

/** A flow drawn as an arrow between two cards, labelled with its ports and condition. */
public final class FlowArrowView extends Group {
  private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
  private static final PseudoClass GUARDED = PseudoClass.getPseudoClass("guarded");
  private static final java.util.List<String> CHANGES =
      java.util.List.of("added", "removed", "changed");
  private static final double HEAD = 10;
  private static final double PAIR_OFFSET = 7;
  private static final double LABEL_AT = 0.36;

  private final Line line = new Line();
  private final Line hitArea = new Line();
  private final Polygon head = new Polygon();
  private final Label ports = new Label();
  private final Label condition = new Label();
  private final VBox tag = new VBox(ports);
  private final InvalidationListener relayout = o -> layoutArrow();
  private Flow flow;
  private NodeCardView from;
  private NodeCardView to;
  private boolean paired;
  private ViewportCulling culling;
  private Label observedBadge;
  private ObservationReport.Matched matched;
  private boolean observing;

  public FlowArrowView(Flow flow, NodeCardView from, NodeCardView to, boolean paired) {
    getStyleClass().add("flow-arrow");
    line.getStyleClass().add("flow-line");
    hitArea.getStyleClass().add("flow-hit-area");
    // picked but never painted: the renderer skips fully transparent nodes
    hitArea.setOpacity(0);
    head.getStyleClass().add("flow-head");
    tag.getStyleClass().add("flow-tag");
    ports.getStyleClass().add("flow-ports");
    condition.getStyleClass().add("flow-condition");
    tag.layoutBoundsProperty().addListener(relayout);
    getChildren().addAll(hitArea, line, head, tag);
    update(flow, from, to, paired);
  }

  /** Shows a changed flow, possibly between other cards. */
  public void update(Flow changed, NodeCardView source, NodeCardView target, boolean pair) {
    if (changed.equals(flow) && source == from && target == to && pair == paired) {
      return;
    }
    bind(source, target);
    this.flow = changed;
    this.paired = pair;
    setId("flow-" + changed.id());
    ports.setText(CardText.ports(changed));
    String cond = CardText.condition(changed);
    condition.setText(cond == null ? "" : cond);
    pseudoClassStateChanged(GUARDED, cond != null);
    fillTag();
  }

  private void fillTag() {
    tag.getChildren().setAll(ports);
    if (!condition.getText().isEmpty()) {
      tag.getChildren().add(condition);
    }
    if (observedBadge != null) {
      tag.getChildren().add(observedBadge);
    }
    layoutArrow();
  }

  /**
   * Shows observed traffic: {@code matched} with a count badge and its verdict colour; {@code null}
   * with {@code observing} marks the arrow as never observed; without observing, plain.
   */
  void setObserved(ObservationReport.Matched matched, boolean observing) {
    if (observing == this.observing && java.util.Objects.equals(matched, this.matched)) {
      return; // unchanged: keep the label as laid out
    }
    this.observing = observing;
    this.matched = matched;
    observedBadge = matched == null ? null : ObservedBadge.badge(matched);
    if (matched == null && observing) {
      observedBadge = new Label("not observed");
      observedBadge.getStyleClass().add("unobserved-badge");
    }
    pseudoClassStateChanged(ObservedBadge.OBSERVED, matched != null);
    pseudoClassStateChanged(ObservedBadge.UNOBSERVED, observing && matched == null);
    ObservedBadge.mark(this, matched == null ? java.util.Map.of() : matched.verdicts());
    if (flow != null) {
      fillTag();
    }
  }

  private void bind(NodeCardView source, NodeCardView target) {
    if (source == from && target == to) {
      return;
    }
    unbind();
    from = source;
    to = target;
    for (NodeCardView c : new NodeCardView[] {from, to}) {
      c.layoutXProperty().addListener(relayout);
      c.layoutYProperty().addListener(relayout);
      c.body().widthProperty().addListener(relayout);
      c.body().heightProperty().addListener(relayout);
    }
  }

  /** Stops following the cards (before the arrow is removed). */
  public void unbind() {
    if (from == null) {
      return;
    }
    for (NodeCardView c : new NodeCardView[] {from, to}) {
      c.layoutXProperty().removeListener(relayout);
      c.layoutYProperty().removeListener(relayout);
      c.body().widthProperty().removeListener(relayout);
      c.body().heightProperty().removeListener(relayout);
    }
  }

  private void layoutArrow() {
    if (from == null) {
      return;
    }
    double[] a = center(from);
    double[] b = center(to);
    double dx = b[0] - a[0];
    double dy = b[1] - a[1];
    double len = Math.max(1e-6, Math.hypot(dx, dy));
    double ox = paired ? -dy / len * PAIR_OFFSET : 0;
    double oy = paired ? dx / len * PAIR_OFFSET : 0;
    double[] start = ArrowGeometry.exitPoint(from, a[0] + ox, a[1] + oy, dx, dy);
    double[] end = ArrowGeometry.exitPoint(to, b[0] + ox, b[1] + oy, -dx, -dy);
    setLine(line, start, end);
    setLine(hitArea, start, end);
    double ux = dx / len;
    double uy = dy / len;
    head.getPoints()
        .setAll(
            end[0],
            end[1],
            end[0] - ux * HEAD - uy * HEAD * 0.5,
            end[1] - uy * HEAD + ux * HEAD * 0.5,
            end[0] - ux * HEAD + uy * HEAD * 0.5,
            end[1] - uy * HEAD - ux * HEAD * 0.5);
    double w = tag.prefWidth(-1);
    double h = tag.prefHeight(-1);
    // a little nearer the source than the middle: flows fanning into one node keep their labels
    // apart, since their sources are further apart than the arrows' ends
    double mx = start[0] + (end[0] - start[0]) * LABEL_AT + ox * 2;
    double my = start[1] + (end[1] - start[1]) * LABEL_AT + oy * 2;
    double shown = Math.hypot(end[0] - start[0], end[1] - start[1]);
    if (shown < Math.max(w, h) + 16) {
      // too short to hold the label: lift it beside the arrow instead of over the cards
      mx = (start[0] + end[0]) / 2 + uy * (h / 2 + 4);
      my = (start[1] + end[1]) / 2 - Math.abs(ux) * (h / 2 + 4);
    }
    tag.resizeRelocate(mx - w / 2, my - h / 2, w, h);
    if (culling != null) {
      culling.place(this);
    }
  }

  /** Hides the arrow whenever it moves out of view. */
  void cullWith(ViewportCulling c) {
    culling = c;
    c.place(this);
  }

  /** Whether line, head or label reach into the world rectangle. */
  boolean reaches(double minX, double minY, double maxX, double maxY) {
    double tx = tag.getLayoutX();
    double ty = tag.getLayoutY();
    if (tx <= maxX && tx + tag.getWidth() >= minX && ty <= maxY && ty + tag.getHeight() >= minY) {
      return true;
    }
    return ArrowGeometry.segmentMeetsBox(
        line.getStartX(),
        line.getStartY(),
        line.getEndX(),
        line.getEndY(),
        minX - HEAD,
        minY - HEAD,
        maxX + HEAD,
        maxY + HEAD);
  }

  private static void setLine(Line l, double[] s, double[] e) {
    l.setStartX(s[0]);
    l.setStartY(s[1]);
    l.setEndX(e[0]);
    l.setEndY(e[1]);
  }

  private static double[] center(NodeCardView c) {
    return new double[] {c.getLayoutX() + c.cardWidth() / 2, c.getLayoutY() + c.cardHeight() / 2};
  }

  /**
   * Marks the arrow as a flow whose connections a comparison found {@code added}, {@code removed}
   * or {@code changed}; {@code null} clears the mark.
   */
  public void setChange(String change) {
    for (String c : CHANGES) {
      pseudoClassStateChanged(PseudoClass.getPseudoClass(c), c.equals(change));
    }
  }

  public Flow flow() {
    return flow;
  }

  public void setSelected(boolean selected) {
    pseudoClassStateChanged(SELECTED, selected);
  }
}
