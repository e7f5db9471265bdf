package dev.policydesigner.model.layout;

import dev.policydesigner.model.Node;

/**
 * The size of a node's card on the canvas, in canvas units. The model does not know how cards are
 * drawn; callers pass the sizes the canvas and the image writers use (the export module's {@code
 * CardGeometry}), so a layout leaves room for exactly the cards that will be drawn.
 */
public interface CardSize {
  /** The width of {@code node}'s card. */
  double width(Node node);

  /** The height of {@code node}'s card. */
  double height(Node node);

  /** Every card {@code width} × {@code height}, e.g. for tests. */
  static CardSize fixed(double width, double height) {
    return new CardSize() {
      @Override
      public double width(Node node) {
        return width;
      }

      @Override
      public double height(Node node) {
        return height;
      }
    };
  }
}
