package dev.policydesigner.app.canvas;

import java.util.Collection;
import javafx.scene.layout.Pane;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/**
 * Decides which cards and arrows reach into the visible part of the world, so the ones wholly
 * outside can be left out of the scene graph. The visible rectangle follows pan, zoom and resize; a
 * card or arrow is placed again whenever it moves.
 */
final class ViewportCulling {
  /** Screen pixels beyond the edges still drawn, so nothing pops in at the border. */
  private static final double SLACK = 60;

  /** Card size assumed before the first layout. */
  private static final double UNLAID_WIDTH = 260;

  private static final double UNLAID_HEIGHT = 220;

  private final Pane pane;
  private final Translate translate;
  private final Scale scale;
  private final InView inView;
  private double minX = Double.NEGATIVE_INFINITY;
  private double minY = Double.NEGATIVE_INFINITY;
  private double maxX = Double.POSITIVE_INFINITY;
  private double maxY = Double.POSITIVE_INFINITY;

  /** Told for each card or arrow placed whether it reaches into the visible area. */
  interface InView {
    void place(javafx.scene.Node view, boolean inView);
  }

  ViewportCulling(Pane pane, Translate translate, Scale scale, InView inView) {
    this.pane = pane;
    this.translate = translate;
    this.scale = scale;
    this.inView = inView;
  }

  /** Recomputes the visible world rectangle and places every card and arrow. */
  void refresh(Collection<NodeCardView> cards, Collection<FlowArrowView> arrows) {
    double s = scale.getX();
    double w = pane.getWidth();
    double h = pane.getHeight();
    if (w <= 0 || h <= 0 || s <= 0) {
      minX = minY = Double.NEGATIVE_INFINITY;
      maxX = maxY = Double.POSITIVE_INFINITY;
    } else {
      minX = (-SLACK - translate.getX()) / s;
      minY = (-SLACK - translate.getY()) / s;
      maxX = (w + SLACK - translate.getX()) / s;
      maxY = (h + SLACK - translate.getY()) / s;
    }
    for (NodeCardView c : cards) {
      place(c);
    }
    for (FlowArrowView a : arrows) {
      place(a);
    }
  }

  /** Sets {@code clip} to the visible world rectangle (everything when the size is unknown). */
  void clipToView(javafx.scene.shape.Rectangle clip) {
    boolean known = Double.isFinite(minX);
    clip.setX(known ? minX : -1e6);
    clip.setY(known ? minY : -1e6);
    clip.setWidth(known ? maxX - minX : 2e6);
    clip.setHeight(known ? maxY - minY : 2e6);
  }

  void place(NodeCardView card) {
    double w = card.body().getWidth() > 0 ? card.body().getWidth() + 8 : UNLAID_WIDTH;
    double h = card.body().getHeight() > 0 ? card.body().getHeight() + 8 : UNLAID_HEIGHT;
    double x = card.getLayoutX();
    double y = card.getLayoutY();
    inView.place(card, x <= maxX && x + w >= minX && y <= maxY && y + h >= minY);
  }

  void place(FlowArrowView arrow) {
    inView.place(arrow, arrow.reaches(minX, minY, maxX, maxY));
  }
}
