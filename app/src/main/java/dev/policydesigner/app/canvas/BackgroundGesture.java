package dev.policydesigner.app.canvas;

import dev.policydesigner.app.document.Selection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;

/**
 * Gestures on what the canvas paints itself: a press on a painted card (below the detail zoom) or
 * on a namespace's title moves it, a double click on a namespace collapses or expands it, a click
 * on an arrow selects its flow, the mouse over an arrow shows its label; on the empty canvas,
 * rubber-band selection, pan (middle button or Space + drag), zoom (Ctrl + wheel around the
 * pointer), scroll to pan.
 */
final class BackgroundGesture {
  private static final double WHEEL_STEP = 1.1;
  private static final double HIT = 6;
  private final CanvasView canvas;
  private final Viewport viewport;
  private final Group overlay;
  private final Selection selection;
  private final MoveGesture move;
  private final Rectangle band = new Rectangle();
  private final Tooltip tip = new Tooltip();
  private String shownBoxTip;
  private boolean spaceDown;
  private boolean panning;
  private double lastX;
  private double lastY;
  private Point2D bandStart;
  private Set<String> selectedBefore = Set.of();

  BackgroundGesture(
      CanvasView canvas, Viewport viewport, Group overlay, Selection selection, MoveGesture move) {
    this.canvas = canvas;
    this.viewport = viewport;
    this.overlay = overlay;
    this.selection = selection;
    this.move = move;
    band.getStyleClass().add("rubber-band");
    band.setMouseTransparent(true);
    tip.setShowDelay(Duration.millis(400));
    tip.getStyleClass().add("arrow-tooltip");
  }

  void install() {
    canvas.setOnMousePressed(this::pressed);
    canvas.setOnMouseDragged(this::dragged);
    canvas.setOnMouseReleased(this::released);
    canvas.setOnMouseMoved(this::moved);
    canvas.setOnMouseExited(e -> canvas.hover(null));
    canvas.setOnScroll(this::scrolled);
    canvas.addEventHandler(
        javafx.scene.input.KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == KeyCode.SPACE) {
            spaceDown = true;
            canvas.setCursor(Cursor.OPEN_HAND);
            e.consume();
          }
        });
    canvas.addEventHandler(
        javafx.scene.input.KeyEvent.KEY_RELEASED,
        e -> {
          if (e.getCode() == KeyCode.SPACE) {
            spaceDown = false;
            canvas.setCursor(Cursor.DEFAULT);
          }
        });
  }

  private void pressed(MouseEvent e) {
    canvas.requestFocus();
    lastX = e.getX();
    lastY = e.getY();
    if (e.getButton() == MouseButton.MIDDLE
        || (e.getButton() == MouseButton.PRIMARY && spaceDown)) {
      panning = true;
      canvas.setCursor(Cursor.CLOSED_HAND);
    } else if (e.getButton() == MouseButton.PRIMARY && !pressedOnPainted(e)) {
      boolean adding = e.isShiftDown() || e.isShortcutDown();
      selectedBefore = adding ? Set.copyOf(selection.ids()) : Set.of();
      if (!adding) {
        selection.clear();
      }
      bandStart = canvas.sceneToWorld(e.getSceneX(), e.getSceneY());
      band.setX(bandStart.getX());
      band.setY(bandStart.getY());
      band.setWidth(0);
      band.setHeight(0);
      overlay.getChildren().add(band);
    }
  }

  /** Handles a press on a painted card, namespace or arrow; returns whether there was one. */
  private boolean pressedOnPainted(MouseEvent e) {
    Point2D p = canvas.sceneToWorld(e.getSceneX(), e.getSceneY());
    CanvasGeometry g = canvas.geometry();
    if (canvas.compact()) {
      String card = g.cardAt(p.getX(), p.getY());
      if (card != null) {
        move.pressOnNode(card, e);
        return true;
      }
    }
    NamespaceBox box = g.boxAt(p.getX(), p.getY());
    if (box != null) {
      if (e.getClickCount() == 2) {
        canvas.setCollapsed(Set.of(box.namespace()), !box.collapsed());
      } else {
        move.pressOnNamespace(box, e);
      }
      return true;
    }
    DrawnArrow a = g.arrowAt(p.getX(), p.getY(), HIT / canvas.zoom());
    if (a != null) {
      Set<String> ids = new LinkedHashSet<>();
      a.flows().forEach(f -> ids.add(f.id()));
      if (e.isShortcutDown() || e.isShiftDown()) {
        ids.forEach(selection::toggle);
      } else {
        selection.set(ids);
      }
      return true;
    }
    return false;
  }

  private void dragged(MouseEvent e) {
    if (move.active()) {
      move.dragged(e);
    } else if (panning) {
      viewport.panBy(e.getX() - lastX, e.getY() - lastY);
      lastX = e.getX();
      lastY = e.getY();
    } else if (bandStart != null) {
      Point2D p = canvas.sceneToWorld(e.getSceneX(), e.getSceneY());
      band.setX(Math.min(p.getX(), bandStart.getX()));
      band.setY(Math.min(p.getY(), bandStart.getY()));
      band.setWidth(Math.abs(p.getX() - bandStart.getX()));
      band.setHeight(Math.abs(p.getY() - bandStart.getY()));
      selection.set(inBand());
    }
  }

  private Set<String> inBand() {
    Set<String> ids = new LinkedHashSet<>(selectedBefore);
    dev.policydesigner.app.canvas.geometry.Box area =
        new dev.policydesigner.app.canvas.geometry.Box(
            band.getX(), band.getY(), band.getWidth(), band.getHeight());
    for (Map.Entry<String, dev.policydesigner.app.canvas.geometry.Box> c :
        canvas.geometry().cards().entrySet()) {
      if (c.getValue().intersects(area)) {
        ids.add(c.getKey());
      }
    }
    return ids;
  }

  private void released(MouseEvent e) {
    if (move.active()) {
      move.released(e);
    }
    if (panning) {
      panning = false;
      canvas.setCursor(spaceDown ? Cursor.OPEN_HAND : Cursor.DEFAULT);
    }
    if (bandStart != null) {
      overlay.getChildren().remove(band);
      bandStart = null;
    }
  }

  /** Shows the label of the arrow under the mouse, and what it is in a tooltip. */
  private void moved(MouseEvent e) {
    Point2D p = canvas.sceneToWorld(e.getSceneX(), e.getSceneY());
    CanvasGeometry g = canvas.geometry();
    DrawnArrow a =
        g.cardAt(p.getX(), p.getY()) == null
            ? g.arrowAt(p.getX(), p.getY(), HIT / canvas.zoom())
            : null;
    NamespaceBox box = a == null ? g.boxAt(p.getX(), p.getY()) : null;
    String boxTip = box == null ? null : canvas.paintedText().boxTitle(box.namespace()).tip();
    if (a != canvas.hovered() || !java.util.Objects.equals(boxTip, shownBoxTip)) {
      canvas.hover(a);
      shownBoxTip = boxTip;
      if (a == null && boxTip == null) {
        Tooltip.uninstall(canvas, tip);
      } else {
        tip.setText(a != null ? ArrowTip.text(canvas.document().current(), a) : boxTip);
        Tooltip.install(canvas, tip);
      }
    }
  }

  private void scrolled(ScrollEvent e) {
    if (e.isShortcutDown() || e.isControlDown()) {
      double factor = e.getDeltaY() > 0 ? WHEEL_STEP : 1 / WHEEL_STEP;
      if (e.getDeltaY() != 0) {
        viewport.zoomAt(e.getX(), e.getY(), factor);
      }
    } else {
      viewport.panBy(e.getDeltaX(), e.getDeltaY());
    }
    e.consume();
  }
}
