package dev.policydesigner.export.diagram.image;

/**
 * How {@link DiagramSvgWriter} frames the diagram.
 *
 * @param title whether to draw the diagram's name and description at the top
 * @param legend whether to draw the legend (policy subject, flow, guarded flow) at the top
 * @param background fill of the whole image as {@code #rrggbb}, or {@code null} for transparent
 * @param margin space around the content, in canvas units
 * @param highlightFlowId the flow to emphasise, or {@code null} for none: that flow is drawn with a
 *     thicker accent-coloured arrow and label, its two end nodes as usual, and everything else
 *     dimmed to a quarter of its opacity
 */
public record SvgStyle(
    boolean title, boolean legend, String background, double margin, String highlightFlowId) {
  /** Title, legend, white background, 32 units of margin: ready to print or put in a README. */
  public static final SvgStyle DEFAULT = new SvgStyle(true, true, "#ffffff", 32);

  public SvgStyle {
    if (margin < 0) {
      throw new IllegalArgumentException("margin must not be negative: " + margin);
    }
    if (background != null && !background.matches("#[0-9a-fA-F]{6}")) {
      throw new IllegalArgumentException(
          "background must be a colour like #ffffff or null, not " + background);
    }
  }

  /** A style that highlights nothing. */
  public SvgStyle(boolean title, boolean legend, String background, double margin) {
    this(title, legend, background, margin, null);
  }

  /** This style without title and legend: only the cards and flows. */
  public SvgStyle withoutHeader() {
    return new SvgStyle(false, false, background, margin, highlightFlowId);
  }

  /** This style emphasising the flow with this id ({@code null} for none). */
  public SvgStyle highlighting(String flowId) {
    return new SvgStyle(title, legend, background, margin, flowId);
  }
}
