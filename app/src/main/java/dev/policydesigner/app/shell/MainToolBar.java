package dev.policydesigner.app.shell;

import dev.policydesigner.app.canvas.Glyphs;
import dev.policydesigner.app.help.HelpDialogs;
import dev.policydesigner.icons.Icon;
import javafx.scene.control.Button;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/**
 * The buttons under the menus for the commands used most. Import and Export carry their words as
 * well as their icons: the two are easy to mix up and do very different things.
 */
final class MainToolBar {
  private MainToolBar() {}

  static ToolBar of(MainWindow window, ImportActions imports, EditActions edit, ViewActions view) {
    FileActions file = window.fileActions();
    ToolBar bar =
        new ToolBar(
            button(Icon.NEW, null, "New diagram (Ctrl+N)", "new", file::newDocument),
            button(Icon.OPEN, null, "Open a diagram… (Ctrl+O)", "open", file::open),
            button(Icon.SAVE, null, "Save (Ctrl+S)", "save", file::save),
            new Separator(),
            button(
                Icon.IMPORT,
                "Import",
                "Import policy templates from a repo checkout… (Ctrl+I)",
                "import",
                imports::importFromRepo),
            button(
                Icon.EXPORT,
                "Export",
                "Export to a repo checkout: shows the plan before writing (Ctrl+E)",
                "export",
                file::exportToRepo),
            new Separator(),
            undoable(window, button(Icon.UNDO, null, "Undo (Ctrl+Z)", "undo", edit::undo), true),
            undoable(
                window, button(Icon.REDO, null, "Redo (Ctrl+Shift+Z)", "redo", edit::redo), false),
            new Separator(),
            button(Icon.ZOOM_FIT, null, "Zoom to fit (Ctrl+0)", "zoom-fit", view::zoomToFit),
            button(Icon.LAYOUT, null, "Auto layout (Ctrl+L)", "layout", view::autoLayout),
            new Separator(),
            button(
                Icon.WALKTHROUGH,
                null,
                "Walkthrough: step through the flows (Ctrl+Shift+W)",
                "walkthrough",
                view::toggleWalkthrough),
            new Separator(),
            button(
                Icon.HELP,
                null,
                "Keyboard shortcuts (F1)",
                "help",
                () -> HelpDialogs.shortcuts(window.stage()).show()));
    bar.setId("tool-bar");
    return bar;
  }

  /** Greys {@code b} out while the active document has nothing to undo (or redo). */
  private static Button undoable(MainWindow window, Button b, boolean undo) {
    b.setDisable(true);
    window
        .activeProperty()
        .addListener(
            (o, a, v) -> {
              b.disableProperty().unbind();
              if (v == null) {
                b.setDisable(true);
              } else {
                b.disableProperty()
                    .bind(
                        (undo ? v.document().canUndoProperty() : v.document().canRedoProperty())
                            .not());
              }
            });
    return b;
  }

  private static Button button(Icon icon, String text, String tip, String id, Runnable action) {
    Button b = new Button(text, Glyphs.icon(icon, Icon.SMALL));
    b.setId("tool-" + id);
    b.setTooltip(new Tooltip(tip));
    b.setFocusTraversable(false);
    b.setMinWidth(Region.USE_PREF_SIZE);
    b.setOnAction(e -> action.run());
    return b;
  }
}
