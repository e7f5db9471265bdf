package dev.policydesigner.app.shell;

import dev.policydesigner.app.simulate.EndpointPair;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;

/** The canvas's context menu: questions about the selection. */
final class CanvasMenu {
  private final DocumentView view;
  private final ToolActions tools;
  private final ContextMenu menu = new ContextMenu();
  private final MenuItem allowed = new MenuItem("Would This Be Allowed?…");

  CanvasMenu(DocumentView view, ToolActions tools) {
    this.view = view;
    this.tools = tools;
  }

  void install() {
    allowed.setId("canvas-menu-allowed");
    allowed.setOnAction(e -> tools.wouldBeAllowed());
    menu.getItems().add(allowed);
    menu.setOnShowing(e -> update());
    view.canvas()
        .setOnContextMenuRequested(
            e -> {
              menu.show(view.canvas(), e.getScreenX(), e.getScreenY());
              e.consume();
            });
  }

  private void update() {
    var doc = view.document();
    allowed.setDisable(EndpointPair.of(doc.current(), doc.selection().ids()).isEmpty());
  }
}
