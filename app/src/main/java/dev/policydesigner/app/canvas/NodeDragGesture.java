package dev.policydesigner.app.canvas;

import dev.policydesigner.app.document.Document;
import dev.policydesigner.model.Position;
import dev.policydesigner.model.edit.MoveNodesEdit;
import java.util.HashMap;
import java.util.Map;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/** Click selects a card, dragging moves the selected cards; the move is one edit on release. */
final class NodeDragGesture {
  private final CanvasView canvas;
  private final Document document;
  private final Map<String, Point2D> startPositions = new HashMap<>();
  private Point2D start;
  private boolean moved;

  NodeDragGesture(CanvasView canvas, Document document) {
    this.canvas = canvas;
    this.document = document;
  }

  void install(NodeCardView card) {
    card.body().setOnMousePressed(e -> pressed(card, e));
    card.body().setOnMouseDragged(this::dragged);
    card.body().setOnMouseReleased(e -> released(card, e));
  }

  private void pressed(NodeCardView card, MouseEvent e) {
    if (e.getButton() != MouseButton.PRIMARY) {
      return;
    }
    canvas.requestFocus();
    String id = card.nodeId();
    if (e.isShortcutDown() || e.isShiftDown()) {
      document.selection().toggle(id);
    } else if (!document.selection().contains(id)) {
      document.selection().selectOnly(id);
    }
    start = canvas.sceneToWorld(e.getSceneX(), e.getSceneY());
    moved = false;
    startPositions.clear();
    for (String sel : document.selection().ids()) {
      NodeCardView c = canvas.card(sel);
      if (c != null) {
        startPositions.put(sel, new Point2D(c.getLayoutX(), c.getLayoutY()));
      }
    }
    e.consume();
  }

  private void dragged(MouseEvent e) {
    if (start == null) {
      return;
    }
    Point2D now = canvas.sceneToWorld(e.getSceneX(), e.getSceneY());
    double dx = now.getX() - start.getX();
    double dy = now.getY() - start.getY();
    if (!moved && Math.hypot(dx, dy) > 2) {
      // only now: a click that just selects leaves the painted arrows alone
      moved = true;
      canvas.beginMove(startPositions.keySet());
    }
    if (moved) {
      startPositions.forEach((id, p) -> canvas.card(id).relocate(p.getX() + dx, p.getY() + dy));
    }
    e.consume();
  }

  private void released(NodeCardView card, MouseEvent e) {
    if (start == null) {
      return;
    }
    if (moved) {
      canvas.endMove();
      Map<String, Position> positions = new HashMap<>();
      startPositions.forEach(
          (id, p) -> {
            NodeCardView c = canvas.card(id);
            positions.put(id, new Position(Math.round(c.getLayoutX()), Math.round(c.getLayoutY())));
          });
      document.perform(new MoveNodesEdit(positions));
    } else if (!e.isShortcutDown() && !e.isShiftDown()) {
      document.selection().selectOnly(card.nodeId());
    }
    start = null;
    e.consume();
  }
}
