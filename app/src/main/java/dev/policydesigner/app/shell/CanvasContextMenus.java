package dev.policydesigner.app.shell;

import dev.policydesigner.app.canvas.GhostEdgeView;
import dev.policydesigner.model.Position;
import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.PickResult;

/**
 * Right-click on the canvas: the menu of the node, the flow or the empty canvas under the mouse. A
 * node or flow not yet selected becomes the selection, as in any desktop editor. Observed traffic
 * (ghost edges) keeps its own menu.
 */
final class CanvasContextMenus {
  private final DocumentView view;
  private final CanvasMenuItems items;
  private ContextMenu shown;

  /** Where the menu was asked for. */
  private record Request(
      PickResult pick, double sceneX, double sceneY, double screenX, double screenY) {}

  CanvasContextMenus(DocumentView view, MainWindow window) {
    this.view = view;
    this.items = new CanvasMenuItems(view, window);
  }

  void install() {
    // the right button opens the menu on press, as GTK does; the menu key asks with a
    // context-menu event, which some platforms also send after a right press
    view.canvas().addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
    view.canvas().setOnContextMenuRequested(this::requested);
  }

  private void pressed(MouseEvent e) {
    if (e.getButton() == MouseButton.SECONDARY
        && open(
            new Request(
                e.getPickResult(), e.getSceneX(), e.getSceneY(), e.getScreenX(), e.getScreenY()))) {
      e.consume();
    }
  }

  private void requested(ContextMenuEvent e) {
    if (e.isKeyboardTrigger()) {
      open(
          new Request(
              e.getPickResult(), e.getSceneX(), e.getSceneY(), e.getScreenX(), e.getScreenY()));
    }
    if (!overGhost(e.getPickResult())) {
      e.consume();
    }
  }

  private boolean overGhost(PickResult pick) {
    for (javafx.scene.Node n = pick.getIntersectedNode(); n != null; n = n.getParent()) {
      if (n instanceof GhostEdgeView) {
        return true;
      }
    }
    return false;
  }

  /** Opens the menu of what lies under the pick; false (nothing shown) over observed traffic. */
  private boolean open(Request r) {
    if (overGhost(r.pick())) {
      return false;
    }
    // cards at low zoom and arrows are painted, not views: ask the canvas what lies there
    var d = view.document().current();
    var hit = view.canvas().elementAt(r.sceneX(), r.sceneY());
    String node = hit.filter(id -> d.node(id).isPresent()).orElse(null);
    String flow = hit.filter(id -> d.flow(id).isPresent()).orElse(null);
    ContextMenu menu;
    if (node != null) {
      select(node);
      menu = items.forNode(node);
    } else if (flow != null) {
      select(flow);
      menu = items.forFlow(flow);
    } else {
      Point2D p = view.canvas().sceneToWorld(r.sceneX(), r.sceneY());
      menu = items.forCanvas(new Position(p.getX(), p.getY()));
    }
    if (shown != null) {
      shown.hide();
    }
    shown = menu;
    view.canvas().requestFocus();
    menu.show(view.canvas(), r.screenX(), r.screenY());
    return true;
  }

  private void select(String id) {
    if (!view.document().selection().contains(id)) {
      view.document().selection().selectOnly(id);
    }
  }
}
