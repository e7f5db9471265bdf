package dev.policydesigner.app.canvas;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The canvas's own keys, taken only while it has the keyboard focus so they never fire while typing
 * in a field: F focuses on the selection (again: two flows away), Esc leaves the focus.
 */
final class CanvasKeys {
  private final CanvasView canvas;

  CanvasKeys(CanvasView canvas) {
    this.canvas = canvas;
  }

  void install() {
    canvas.addEventHandler(KeyEvent.KEY_PRESSED, this::pressed);
  }

  private void pressed(KeyEvent e) {
    boolean plain = !e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown();
    if (plain && e.getCode() == KeyCode.F) {
      canvas.focusOnSelection();
      e.consume();
    } else if (e.getCode() == KeyCode.ESCAPE && canvas.focusProperty().get() != null) {
      canvas.unfocus();
      e.consume();
    }
  }
}
