package dev.policydesigner.app.canvas;

import java.util.Set;
import javafx.css.PseudoClass;
import javafx.scene.Node;

/**
 * Marks the views of a few elements as {@code :spotlit} and all others as {@code :dimmed}; with no
 * spotlight, neither.
 */
public final class Spotlight {
  /** The pseudo-class of a highlighted card or arrow. */
  public static final PseudoClass LIT = PseudoClass.getPseudoClass("spotlit");

  /** The pseudo-class of a card or arrow that is not highlighted while others are. */
  public static final PseudoClass DIMMED = PseudoClass.getPseudoClass("dimmed");

  private Spotlight() {}

  /** Marks {@code view} of element {@code id}; {@code lit} {@code null} means no spotlight. */
  static void apply(Node view, String id, Set<String> lit) {
    view.pseudoClassStateChanged(LIT, lit != null && lit.contains(id));
    view.pseudoClassStateChanged(DIMMED, lit != null && !lit.contains(id));
  }
}
