package dev.policydesigner.app.canvas;

import java.util.List;

/**
 * A card's name as the canvas paints it below the detail zoom, for checking that it can be read.
 *
 * @param lines the lines painted, the last ending in "…" when the name is cut short
 * @param pixels the font size on the screen, in scene pixels
 * @param whole whether the lines hold the whole name
 */
public record PaintedName(List<String> lines, double pixels, boolean whole) {
  public PaintedName {
    lines = List.copyOf(lines);
  }
}
