package dev.policydesigner.app.canvas;

import dev.policydesigner.app.canvas.geometry.Box;
import java.util.List;

/**
 * A namespace on the canvas: a labelled box around the cards of its workloads, or, collapsed, one
 * card standing for all of them.
 *
 * @param namespace the namespace
 * @param frame the box around the cards, or the collapsed card
 * @param collapsed whether it is shown as one card
 * @param memberIds the workloads in it that are shown (or would be, expanded)
 * @param together whether its cards sit together, apart from other cards: only then is the box
 *     drawn (a collapsed namespace is always drawn)
 */
public record NamespaceBox(
    String namespace, Box frame, boolean collapsed, List<String> memberIds, boolean together) {
  /** Room between the cards and the frame. */
  static final double PADDING = 14;

  /** Height of the title band at the top of the frame, at 100 % zoom. */
  static final double TITLE = 38;

  /** Height of a collapsed namespace's card. */
  static final double COLLAPSED_HEIGHT = 64;

  /** The key of a collapsed namespace where it is the end of an arrow. */
  static String endKey(String namespace) {
    return "namespace:" + namespace;
  }

  /** A copy with another frame. */
  NamespaceBox movedTo(Box to) {
    return new NamespaceBox(namespace, to, collapsed, memberIds, together);
  }

  /** Whether the canvas draws it. */
  public boolean drawn() {
    return collapsed || together;
  }

  /** The title band: where the box is grabbed and its name is written. */
  public Box titleBand() {
    return collapsed ? frame : new Box(frame.x(), frame.y(), frame.w(), TITLE);
  }
}
