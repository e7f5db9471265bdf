package dev.policydesigner.app.canvas;

import dev.policydesigner.model.Position;
import javafx.geometry.Point2D;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

/** Accepts palette entries dropped on the canvas. */
final class PaletteDropTarget {
  /** Prefix of the dragged string that names a node kind. */
  static final String PREFIX = CanvasView.DRAG_PREFIX;

  private final CanvasView canvas;

  PaletteDropTarget(CanvasView canvas) {
    this.canvas = canvas;
  }

  void install() {
    canvas.setOnDragOver(this::over);
    canvas.setOnDragDropped(this::dropped);
  }

  private void over(DragEvent e) {
    if (e.getDragboard().hasString() && e.getDragboard().getString().startsWith(PREFIX)) {
      e.acceptTransferModes(TransferMode.COPY);
    }
    e.consume();
  }

  private void dropped(DragEvent e) {
    String s = e.getDragboard().hasString() ? e.getDragboard().getString() : "";
    boolean ok = s.startsWith(PREFIX);
    if (ok) {
      Point2D p = canvas.sceneToWorld(e.getSceneX(), e.getSceneY());
      canvas.dropKind(
          s.substring(PREFIX.length()), new Position(Math.round(p.getX()), Math.round(p.getY())));
    }
    e.setDropCompleted(ok);
    e.consume();
  }
}
