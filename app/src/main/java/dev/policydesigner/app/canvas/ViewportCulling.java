package dev.policydesigner.app.canvas;

import java.util.Collection;
import javafx.scene.layout.Pane;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/**
 * Decides which cards and arrows reach into the visible part of the world, so the ones wholly
 * outside can be left out of the scene graph. The visible rectangle follows pan, zoom and resize; a
 * card or arrow is placed again whenever it moves.
 *
 * <p>The arrows that stay put are painted into one bitmap, which has to be painted again whenever
 * its set of arrows or its extent changes. So those arrows are kept for a larger area, the view and
 * a quarter of a view more on each side, which stays put while the view pans inside it: a pan then
 * only moves the bitmap, and the arrows are painted again once per quarter of a view panned, not at
 * every step. The arrows of moving cards, drawn anew every frame, are kept for the view only.
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
  private final double[] arrowArea = {
    Double.NEGATIVE_INFINITY,
    Double.NEGATIVE_INFINITY,
    Double.POSITIVE_INFINITY,
    Double.POSITIVE_INFINITY
  };
  private double arrowAreaScale = Double.NaN;

  /**
   * Told for each card or arrow placed whether it reaches into the visible area, and whether into
   * the area arrows that stay put are kept for (for a card, the same).
   */
  interface InView {
    void place(javafx.scene.Node view, boolean inView, boolean inArrowArea);
  }

  ViewportCulling(Pane pane, Translate translate, Scale scale, InView inView) {
    this.pane = pane;
    this.translate = translate;
    this.scale = scale;
    this.inView = inView;
  }

  /**
   * Recomputes the visible world rectangle and places every card and arrow; returns whether the
   * area kept for the arrows that stay put moved or the zoom changed (their bitmap is painted
   * anew).
   */
  boolean refresh(Collection<NodeCardView> cards, Collection<FlowArrowView> arrows) {
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
    boolean areaMoved = keepArrowArea(w / s / 4, h / s / 4, s);
    for (NodeCardView c : cards) {
      place(c);
    }
    for (FlowArrowView a : arrows) {
      place(a);
    }
    return areaMoved;
  }

  /**
   * Moves the arrow area only when the view left it or the zoom changed; returns whether it did.
   */
  private boolean keepArrowArea(double marginX, double marginY, double s) {
    boolean known = Double.isFinite(minX);
    boolean inside =
        minX >= arrowArea[0]
            && minY >= arrowArea[1]
            && maxX <= arrowArea[2]
            && maxY <= arrowArea[3];
    if (known && inside && s == arrowAreaScale) {
      return false;
    }
    arrowArea[0] = known ? minX - marginX : Double.NEGATIVE_INFINITY;
    arrowArea[1] = known ? minY - marginY : Double.NEGATIVE_INFINITY;
    arrowArea[2] = known ? maxX + marginX : Double.POSITIVE_INFINITY;
    arrowArea[3] = known ? maxY + marginY : Double.POSITIVE_INFINITY;
    arrowAreaScale = known ? s : Double.NaN;
    return true;
  }

  /** Sets {@code clip} to the area arrows are kept for (everything when the size is unknown). */
  void clipToView(javafx.scene.shape.Rectangle clip) {
    boolean known = Double.isFinite(arrowArea[0]);
    clip.setX(known ? arrowArea[0] : -1e6);
    clip.setY(known ? arrowArea[1] : -1e6);
    clip.setWidth(known ? arrowArea[2] - arrowArea[0] : 2e6);
    clip.setHeight(known ? arrowArea[3] - arrowArea[1] : 2e6);
  }

  void place(NodeCardView card) {
    double w = card.body().getWidth() > 0 ? card.body().getWidth() + 8 : UNLAID_WIDTH;
    double h = card.body().getHeight() > 0 ? card.body().getHeight() + 8 : UNLAID_HEIGHT;
    double x = card.getLayoutX();
    double y = card.getLayoutY();
    boolean in = x <= maxX && x + w >= minX && y <= maxY && y + h >= minY;
    inView.place(card, in, in);
  }

  void place(FlowArrowView arrow) {
    boolean inArea = arrow.reaches(arrowArea[0], arrowArea[1], arrowArea[2], arrowArea[3]);
    inView.place(arrow, inArea && arrow.reaches(minX, minY, maxX, maxY), inArea);
  }
}
