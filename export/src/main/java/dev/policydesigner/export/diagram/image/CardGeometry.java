package dev.policydesigner.export.diagram.image;

import dev.policydesigner.model.Node;
import dev.policydesigner.model.layout.CardSize;

/**
 * Where and how large a node's card is, in canvas units: {@link #WIDTH} wide, {@link #BASE_HEIGHT}
 * high for {@link #BASE_LINES} lines of text (name, caption, one detail) plus {@link #LINE_HEIGHT}
 * for every further line of its {@link CardText}. A card grows to its name: wider (in steps of
 * {@link #WIDTH_STEP}, up to {@link #MAX_WIDTH}) and, if need be, higher, until its name fits whole
 * both at full size and in the overview, which writes it at a legible {@link #OVERVIEW_PIXELS}
 * pixels down to {@link #OVERVIEW_ZOOM}. {@code (x, y)} is {@link Node#position()}, the top-left
 * corner. The canvas and the image writers share it so that both draw the same cards.
 *
 * @param x left edge
 * @param y top edge
 * @param width width
 * @param height height
 */
public record CardGeometry(double x, double y, double width, double height) {
  /** Card width. */
  public static final double WIDTH = 200;

  /** The widest a card grows to hold its name. */
  public static final double MAX_WIDTH = 480;

  /** How much wider a card grows at a time. */
  public static final double WIDTH_STEP = 40;

  /**
   * The zoom at which the overview still writes every name whole at a legible {@link
   * #OVERVIEW_PIXELS} pixels: cards are sized for it.
   */
  public static final double OVERVIEW_ZOOM = 0.33;

  /** The smallest size, in screen pixels, at which the overview writes names. */
  public static final double OVERVIEW_PIXELS = 9;

  /**
   * The size of a card's name in the overview at {@link #OVERVIEW_ZOOM}, in canvas units (regular
   * weight: the overview writes names bold while they fit, and regular at its smallest size).
   */
  static final double OVERVIEW_NAME_SIZE = OVERVIEW_PIXELS / OVERVIEW_ZOOM;

  // Line height of the canvas font (1.17 em) and its room left, right, above and below the name.
  private static final double OVERVIEW_LINE_HEIGHT = OVERVIEW_NAME_SIZE * 1.17;
  private static final double OVERVIEW_SIDE_ROOM = 8 / OVERVIEW_ZOOM;
  private static final double OVERVIEW_END_ROOM = 2 / OVERVIEW_ZOOM;

  // Measured text differs a little from the estimate: names are measured this much wider.
  private static final double OVERVIEW_WIDTH_SLACK = 1.06;

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

  /**
   * The card sizes for layouts: every card {@link #WIDTH} wide and as high as its fitted text needs
   * (the same as {@link #of(Node)}).
   */
  public static final CardSize SIZE =
      new CardSize() {
        @Override
        public double width(Node node) {
          return widthFor(node);
        }

        @Override
        public double height(Node node) {
          return of(node).height();
        }
      };

  /** The card of {@code node} at its position. */
  public static CardGeometry of(Node node) {
    double width = widthFor(node);
    double height = heightFor(CardText.fitted(node, width));
    return new CardGeometry(
        node.position().x(),
        node.position().y(),
        width,
        Math.max(
            height,
            width < MAX_WIDTH
                ? overviewHeight(node.name(), width)
                : overviewHeightAnyhow(node.name())));
  }

  /**
   * The width of {@code node}'s card: the narrowest, from {@link #WIDTH} up to {@link #MAX_WIDTH},
   * on which the name fits whole at full size and, within the card's height, in the overview.
   */
  public static double widthFor(Node node) {
    String name = node.name();
    for (double w = WIDTH; w < MAX_WIDTH; w += WIDTH_STEP) {
      if (TextWidth.fitsWhole(
              name, CardText.TITLE_SIZE, CardText.nameWidth(w), CardText.MAX_TITLE_LINES)
          && overviewHeight(name, w) <= heightFor(CardText.fitted(node, w))) {
        return w;
      }
    }
    return MAX_WIDTH;
  }

  /**
   * The height the overview needs for {@code name} on a card {@code width} wide, broken only where
   * a name may break (infinite when a part of it does not fit a line).
   */
  static double overviewHeight(String name, double width) {
    double room = (width - OVERVIEW_SIDE_ROOM) / OVERVIEW_WIDTH_SLACK;
    int lines = TextWidth.linesAtBreaks(name, OVERVIEW_NAME_SIZE, false, room);
    return lines < 0 ? Double.POSITIVE_INFINITY : lines * OVERVIEW_LINE_HEIGHT + OVERVIEW_END_ROOM;
  }

  /** The height the overview needs on the widest card, breaking the name wherever it must. */
  private static double overviewHeightAnyhow(String name) {
    double room = (MAX_WIDTH - OVERVIEW_SIDE_ROOM) / OVERVIEW_WIDTH_SLACK;
    int lines = TextWidth.wrapName(name, OVERVIEW_NAME_SIZE, false, room, Integer.MAX_VALUE).size();
    return lines * OVERVIEW_LINE_HEIGHT + OVERVIEW_END_ROOM;
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
