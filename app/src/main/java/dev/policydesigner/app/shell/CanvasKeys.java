package dev.policydesigner.app.shell;

import dev.policydesigner.app.document.Document;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.Position;
import dev.policydesigner.model.edit.MoveNodesEdit;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.input.KeyEvent;

/**
 * The canvas's own keys while it has the focus (a click on it gives it the focus): the arrow keys
 * move the selected nodes (Shift: ten times as far), one undo step per press, and F2 renames the
 * selected node. Arrow keys never leave the canvas, so they cannot switch the diagram tab.
 */
final class CanvasKeys {
  static final double STEP = 5;
  private final DocumentView view;

  CanvasKeys(DocumentView view) {
    this.view = view;
  }

  void install() {
    view.canvas().addEventHandler(KeyEvent.KEY_PRESSED, this::pressed);
  }

  private void pressed(KeyEvent e) {
    if (e.isShortcutDown() || e.isAltDown()) {
      return;
    }
    double step = e.isShiftDown() ? STEP * 10 : STEP;
    switch (e.getCode()) {
      case LEFT, KP_LEFT -> nudge(-step, 0);
      case RIGHT, KP_RIGHT -> nudge(step, 0);
      case UP, KP_UP -> nudge(0, -step);
      case DOWN, KP_DOWN -> nudge(0, step);
      case F2 -> view.rename();
      default -> {
        return;
      }
    }
    e.consume();
  }

  private void nudge(double dx, double dy) {
    Document doc = view.document();
    Map<String, Position> moved = new LinkedHashMap<>();
    for (String id : doc.selection().ids()) {
      doc.current()
          .node(id)
          .map(Node::position)
          .ifPresent(p -> moved.put(id, new Position(p.x() + dx, p.y() + dy)));
    }
    if (!moved.isEmpty()) {
      doc.perform(new MoveNodesEdit(moved));
    }
  }
}
