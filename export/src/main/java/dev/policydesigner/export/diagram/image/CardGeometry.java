package dev.policydesigner.export.diagram.image;

import dev.policydesigner.model.Node;
import dev.policydesigner.model.layout.CardSize;

/**
 * Where and how large a node's card is, in canvas units: {@link #WIDTH} wide, {@link #BASE_HEIGHT}
 * high for {@link #BASE_LINES} lines of text (name, caption, one detail) plus {@link #LINE_HEIGHT}
 * for every further line of its {@link CardText}. {@code (x, y)} is {@link Node#position()}, the
 * top-left corner. The canvas and the image writers share it so that both draw the same cards.
 *
 * @param x left edge
 * @param y top edge
 * @param width width
 * @param height height
 */
public record CardGeometry(double x, double y, double width, double height) {
  /** Card width. */
  public static final double WIDTH = 200;

  /** Height of a card with {@link #BASE_LINES} lines of text. */
  public static final double BASE_HEIGHT = 72;

  /** Lines of text that fit {@link #BASE_HEIGHT}. */
  public static final int BASE_LINES = 3;

  /** Distance between two baselines, and the height each further line adds. */
  public static final double LINE_HEIGHT = 16;

  /** Baseline of the first line (the name), below the top edge. */
  public static final double FIRST_BASELINE = 29;

  /** Inner margin at the left, right and top of a card. */
  public static final double PADDING = 12;

  /** Side of the square icon at the top-left, inside the padding. */
  public static final double ICON_SIZE = 32;

  /** Where the name and caption start, right of the icon, from the left edge. */
  public static final double TEXT_LEFT = PADDING + ICON_SIZE + 10;

  /** Corner radius. */
  public static final double CORNER_RADIUS = 8;

  /** The card sizes for layouts: every card {@link #WIDTH} wide and as high as its text needs. */
  public static final CardSize SIZE =
      new CardSize() {
        @Override
        public double width(Node node) {
          return WIDTH;
        }

        @Override
        public double height(Node node) {
          return heightFor(CardText.of(node));
        }
      };

  /** The card of {@code node} at its position. */
  public static CardGeometry of(Node node) {
    return of(node, CardText.fitted(node));
  }

  /** The card of {@code node} holding {@code text}. */
  public static CardGeometry of(Node node, CardText text) {
    return new CardGeometry(node.position().x(), node.position().y(), WIDTH, heightFor(text));
  }

  /** The height of a card holding {@code text}. */
  public static double heightFor(CardText text) {
    return BASE_HEIGHT + LINE_HEIGHT * Math.max(0, text.lineCount() - BASE_LINES);
  }

  /** The baseline of text line {@code index} (0 = first line of the name), from the top edge. */
  public static double baseline(int index) {
    return FIRST_BASELINE + LINE_HEIGHT * index;
  }

  /** The horizontal middle. */
  public double centerX() {
    return x + width / 2;
  }

  /** The vertical middle. */
  public double centerY() {
    return y + height / 2;
  }

  Rect rect() {
    return new Rect(x, y, width, height);
  }
}
