package dev.policydesigner.app.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/** Finds buttons whose rendered text was cut (ellipsised) for lack of room. */
final class TruncatedLabels {
  private TruncatedLabels() {}

  /** "id or text → shown text" for every visible button under {@code root} that is cut. */
  static List<String> buttonsIn(Parent root) {
    List<String> cut = new ArrayList<>();
    visit(root, cut);
    return cut;
  }

  private static void visit(Node node, List<String> cut) {
    if (!node.isVisible()) {
      return;
    }
    if (node instanceof ButtonBase b && b.getText() != null && !b.getText().isEmpty()) {
      String shown = shownText(b);
      String full = b.isMnemonicParsing() ? b.getText().replace("_", "") : b.getText();
      if (shown == null || !shown.equals(full)) {
        cut.add((b.getId() == null ? full : b.getId()) + " → \"" + shown + "\"");
      }
    }
    if (node instanceof Parent p) {
      for (Node child : p.getChildrenUnmodifiable()) {
        visit(child, cut);
      }
    }
  }

  /** The text the skin draws (the labeled's own text minus what was cut), or null. */
  static String shownText(Parent labeled) {
    for (Node child : labeled.getChildrenUnmodifiable()) {
      if (child instanceof Text t && child.getStyleClass().contains("text")) {
        return t.getText();
      }
    }
    // menu buttons draw their text through an inner label
    for (Node child : labeled.getChildrenUnmodifiable()) {
      if (child instanceof Labeled inner) {
        String shown = shownText(inner);
        if (shown != null) {
          return shown;
        }
      } else if (child instanceof Parent p && !(child == graphic(labeled))) {
        String shown = shownText(p);
        if (shown != null) {
          return shown;
        }
      }
    }
    return null;
  }

  private static Node graphic(Parent p) {
    return p instanceof Labeled l ? l.getGraphic() : null;
  }
}
