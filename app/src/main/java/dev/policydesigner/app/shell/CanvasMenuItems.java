package dev.policydesigner.app.shell;

import dev.policydesigner.app.palette.PaletteEntry;
import dev.policydesigner.app.simulate.EndpointPair;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.Position;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/** The items of the canvas's context menus, each wired to the action it names. */
final class CanvasMenuItems {
  private final DocumentView view;
  private final MainWindow window;

  CanvasMenuItems(DocumentView view, MainWindow window) {
    this.view = view;
    this.window = window;
  }

  ContextMenu forNode(String id) {
    Diagram d = view.document().current();
    ContextMenu menu =
        new ContextMenu(
            toOthers("Add flow from here", "menu-add-flow", id, to -> view.askForFlow(id, to)),
            item("Focus (F)", "menu-focus", () -> view.focusOn(id)),
            item("Show template", "menu-show-template", () -> showTemplate(id)),
            toOthers(
                "Simulate from here",
                "menu-simulate-from",
                id,
                to -> window.toolActions().simulate(view, id, to)),
            new SeparatorMenuItem(),
            item("Delete", "menu-delete-element", () -> EditActions.delete(view.document())));
    menu.getItems().get(2).setDisable(!d.isSubject(id)); // only a policy subject has a template
    addWouldBeAllowed(menu);
    return menu;
  }

  ContextMenu forFlow(String id) {
    Flow f = view.document().current().flow(id).orElseThrow();
    return new ContextMenu(
        item("Show template", "menu-show-template", () -> showTemplate(id)),
        item(
            "Simulate this flow",
            "menu-simulate-flow",
            () -> window.toolActions().simulate(view, f.from(), f.to())),
        item("Focus (F)", "menu-focus", () -> view.focusOn(id)),
        new SeparatorMenuItem(),
        item("Delete", "menu-delete-element", () -> EditActions.delete(view.document())));
  }

  ContextMenu forCanvas(Position at) {
    MenuItem paste =
        item(
            "Paste", "menu-paste-here", () -> window.clipboardActions().paste(view.document(), at));
    paste.setDisable(!window.clipboardActions().canPaste());
    Menu add = new Menu("Add node here");
    add.setId("menu-add-node-here");
    for (PaletteEntry entry : PaletteEntry.ALL) {
      add.getItems()
          .add(item(entry.label(), "menu-add-" + entry.key(), () -> view.addNode(entry.key(), at)));
    }
    ContextMenu menu =
        new ContextMenu(
            paste,
            add,
            new SeparatorMenuItem(),
            item("Select All", "menu-select-all-here", () -> window.editActions().selectAll()),
            item("Zoom to Fit", "menu-zoom-fit-here", () -> view.canvas().zoomToFit()));
    addWouldBeAllowed(menu);
    return menu;
  }

  private void addWouldBeAllowed(ContextMenu menu) {
    var doc = view.document();
    if (EndpointPair.of(doc.current(), doc.selection().ids()).isPresent()) {
      MenuItem allowed = item("Would This Be Allowed?…", "canvas-menu-allowed", () -> {});
      allowed.setOnAction(e -> window.toolActions().wouldBeAllowed());
      menu.getItems().addAll(new SeparatorMenuItem(), allowed);
    }
  }

  private void showTemplate(String id) {
    view.document().selection().selectOnly(id);
    view.showTab("tab-template");
  }

  /** A submenu of the other nodes by name, each running {@code action} with its id. */
  private Menu toOthers(String text, String id, String from, Consumer<String> action) {
    Menu menu = new Menu(text);
    menu.setId(id);
    List<Node> others =
        view.document().current().nodes().stream()
            .filter(n -> !n.id().equals(from))
            .sorted(Comparator.comparing(Node::name, String.CASE_INSENSITIVE_ORDER))
            .toList();
    for (Node n : others) {
      MenuItem to = item("to " + n.name(), id + "-" + n.id(), () -> action.accept(n.id()));
      menu.getItems().add(to);
    }
    menu.setDisable(others.isEmpty());
    return menu;
  }

  private static MenuItem item(String text, String id, Runnable action) {
    MenuItem i = new MenuItem(text);
    i.setId(id);
    i.setMnemonicParsing(false);
    i.setOnAction(e -> action.run());
    return i;
  }
}
