package dev.policydesigner.app.shell;

import dev.policydesigner.app.canvas.Glyphs;
import dev.policydesigner.icons.Icon;
import javafx.scene.control.Button;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;

/** The icon buttons under the menus for the commands used most. */
final class MainToolBar {
  private MainToolBar() {}

  static ToolBar of(MainWindow window, ImportActions imports, EditActions edit, ViewActions view) {
    ToolBar bar =
        new ToolBar(
            button(Icon.IMPORT, "Import from repo… (Ctrl+I)", "import", imports::importFromRepo),
            button(
                Icon.EXPORT,
                "Export to repo… (Ctrl+E)",
                "export",
                () -> window.fileActions().exportToRepo()),
            new Separator(),
            button(Icon.UNDO, "Undo (Ctrl+Z)", "undo", edit::undo),
            button(Icon.REDO, "Redo (Ctrl+Shift+Z)", "redo", edit::redo),
            new Separator(),
            button(Icon.ZOOM_FIT, "Zoom to fit (Ctrl+0)", "zoom-fit", view::zoomToFit),
            button(Icon.LAYOUT, "Auto layout (Ctrl+L)", "layout", view::autoLayout),
            new Separator(),
            button(
                Icon.WALKTHROUGH,
                "Walkthrough: step through the flows (Ctrl+Shift+W)",
                "walkthrough",
                view::toggleWalkthrough));
    bar.setId("tool-bar");
    return bar;
  }

  private static Button button(Icon icon, String tip, String id, Runnable action) {
    Button b = new Button(null, Glyphs.icon(icon, Icon.SMALL));
    b.setId("tool-" + id);
    b.setTooltip(new Tooltip(tip));
    b.setFocusTraversable(false);
    b.setOnAction(e -> action.run());
    return b;
  }
}
