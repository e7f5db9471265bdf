package dev.policydesigner.app.canvas;

import java.util.function.BiConsumer;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Line;

/** Dragging from a card's handle to another card asks for a new flow between them. */
final class ConnectGesture {
  private final CanvasView canvas;
  private final Group overlay;
  private final Line preview = new Line();
  private BiConsumer<String, String> onConnect = (a, b) -> {};
  private NodeCardView source;

  ConnectGesture(CanvasView canvas, Group overlay) {
    this.canvas = canvas;
    this.overlay = overlay;
    preview.getStyleClass().add("connect-preview");
    preview.setMouseTransparent(true);
  }

  void setOnConnect(BiConsumer<String, String> handler) {
    onConnect = handler;
  }

  void install(NodeCardView card) {
    card.handle().setOnMousePressed(e -> pressed(card, e));
    card.handle().setOnMouseDragged(this::dragged);
    card.handle().setOnMouseReleased(this::released);
  }

  private void pressed(NodeCardView card, MouseEvent e) {
    source = card;
    Point2D p = canvas.sceneToWorld(e.getSceneX(), e.getSceneY());
    preview.setStartX(card.getLayoutX() + card.cardWidth());
    preview.setStartY(card.getLayoutY() + card.handle().getCenterY());
    preview.setEndX(p.getX());
    preview.setEndY(p.getY());
    overlay.getChildren().add(preview);
    e.consume();
  }

  private void dragged(MouseEvent e) {
    if (source != null) {
      Point2D p = canvas.sceneToWorld(e.getSceneX(), e.getSceneY());
      preview.setEndX(p.getX());
      preview.setEndY(p.getY());
    }
    e.consume();
  }

  private void released(MouseEvent e) {
    overlay.getChildren().remove(preview);
    if (source != null) {
      Point2D p = canvas.sceneToWorld(e.getSceneX(), e.getSceneY());
      String target = canvas.geometry().cardAt(p.getX(), p.getY());
      String from = source.nodeId();
      source = null;
      if (target != null && !target.equals(from)) {
        onConnect.accept(from, target);
      }
    }
    e.consume();
  }
}
