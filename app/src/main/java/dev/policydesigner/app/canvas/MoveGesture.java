package dev.policydesigner.app.canvas;

import dev.policydesigner.app.document.Document;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.Position;
import dev.policydesigner.model.edit.MoveNodesEdit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * A click selects a card; dragging moves the selected cards, a namespace box moves all its cards, a
 * collapsed namespace moves all its workloads. The move is one edit on release.
 */
final class MoveGesture {
  private final CanvasView canvas;
  private final Document document;
  private final Map<String, Position> start = new LinkedHashMap<>();
  private Point2D pressedAt;
  private boolean moved;
  private String clicked;

  MoveGesture(CanvasView canvas, Document document) {
    this.canvas = canvas;
    this.document = document;
  }

  /** Lets a card view start moves. */
  void install(NodeCardView card) {
    card.body().setOnMousePressed(e -> pressOnNode(card.nodeId(), e));
    card.body().setOnMouseDragged(this::dragged);
    card.body().setOnMouseReleased(this::released);
  }

  /** A press on a node's card: select it and be ready to move the selection. */
  void pressOnNode(String id, MouseEvent e) {
    if (e.getButton() != MouseButton.PRIMARY) {
      return;
    }
    canvas.requestFocus();
    if (e.isShortcutDown() || e.isShiftDown()) {
      document.selection().toggle(id);
    } else if (!document.selection().contains(id)) {
      document.selection().selectOnly(id);
    }
    clicked = e.isShortcutDown() || e.isShiftDown() ? null : id;
    prepare(document.selection().ids(), e);
    e.consume();
  }

  /** A press on a namespace's title band or collapsed card: be ready to move all of it. */
  void pressOnNamespace(NamespaceBox box, MouseEvent e) {
    canvas.requestFocus();
    clicked = null;
    Diagram d = document.current();
    java.util.List<String> members = new java.util.ArrayList<>();
    for (Node n : d.nodes()) {
      if (n instanceof dev.policydesigner.model.Workload w
          && w.namespace().equals(box.namespace())) {
        members.add(n.id());
      }
    }
    prepare(box.collapsed() ? members : box.memberIds(), e);
    e.consume();
  }

  private void prepare(Collection<String> ids, MouseEvent e) {
    pressedAt = canvas.sceneToWorld(e.getSceneX(), e.getSceneY());
    moved = false;
    start.clear();
    Diagram d = document.current();
    for (String id : ids) {
      d.node(id).ifPresent(n -> start.put(id, n.position()));
    }
  }

  void dragged(MouseEvent e) {
    if (pressedAt == null) {
      return;
    }
    Point2D now = canvas.sceneToWorld(e.getSceneX(), e.getSceneY());
    double dx = now.getX() - pressedAt.getX();
    double dy = now.getY() - pressedAt.getY();
    if (!moved && Math.hypot(dx, dy) > 2 / canvas.zoom()) {
      // only now: a click that just selects leaves the still picture alone
      moved = true;
      canvas.beginMove(start.keySet());
    }
    if (moved) {
      canvas.moveBy(dx, dy);
    }
    e.consume();
  }

  void released(MouseEvent e) {
    if (pressedAt == null) {
      return;
    }
    if (moved) {
      Point2D now = canvas.sceneToWorld(e.getSceneX(), e.getSceneY());
      double dx = now.getX() - pressedAt.getX();
      double dy = now.getY() - pressedAt.getY();
      Map<String, Position> positions = new LinkedHashMap<>();
      start.forEach(
          (id, p) ->
              positions.put(id, new Position(Math.round(p.x() + dx), Math.round(p.y() + dy))));
      document.perform(new MoveNodesEdit(positions));
      canvas.endMove();
    } else if (clicked != null) {
      document.selection().selectOnly(clicked);
    }
    pressedAt = null;
    e.consume();
  }

  /** Whether a press is being followed. */
  boolean active() {
    return pressedAt != null;
  }
}
