package dev.policydesigner.app.shell;

import dev.policydesigner.app.help.HelpDialogs;
import java.nio.file.Path;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/** File, Edit, View, Tools and Help menus with the usual shortcuts. */
final class MainMenu {
  private final MainWindow window;
  private final FileActions file;
  private final ImportActions imports;
  private final EditActions edit;
  private final ViewActions view;
  private final ToolActions tools;

  MainMenu(
      MainWindow window,
      FileActions file,
      ImportActions imports,
      EditActions edit,
      ViewActions view,
      ToolActions tools) {
    this.window = window;
    this.file = file;
    this.imports = imports;
    this.edit = edit;
    this.view = view;
    this.tools = tools;
  }

  MenuBar bar() {
    MenuBar bar = new MenuBar(fileMenu(), editMenu(), viewMenu(), toolsMenu(), helpMenu());
    bar.setId("menu-bar");
    return bar;
  }

  private Menu fileMenu() {
    Menu recent = new Menu("Open Recent");
    recent.setId("menu-recent");
    recent.getItems().add(new MenuItem("(none)"));
    Menu menu =
        new Menu(
            "_File",
            null,
            item("New", "Shortcut+N", e -> file.newDocument()),
            item("Open…", "Shortcut+O", e -> file.open()),
            recent,
            new SeparatorMenuItem(),
            item("Save", "Shortcut+S", e -> file.save()),
            item("Save As…", "Shortcut+Shift+S", e -> file.saveAs()),
            new SeparatorMenuItem(),
            item("Import from repo…", "Shortcut+I", e -> imports.importFromRepo()),
            item(
                "Import Hubble flows…",
                "Shortcut+Shift+H",
                e -> new ObserveActions(window).importHubbleFlows()),
            item("Export to repo…", "Shortcut+E", e -> file.exportToRepo()),
            item(
                "Compare with revision…",
                null,
                e -> new CompareActions(window).compareWithRevision()),
            item(
                "Export walkthrough…",
                null,
                e -> new WalkthroughExport(window).exportWalkthrough()),
            new SeparatorMenuItem(),
            item("Close", "Shortcut+W", e -> file.close()),
            item("Quit", "Shortcut+Q", e -> file.quit()));
    menu.setOnShowing(e -> fillRecent(recent));
    return menu;
  }

  private void fillRecent(Menu recent) {
    recent.getItems().clear();
    for (Path p : file.recentFiles()) {
      MenuItem i = new MenuItem(p.toString());
      i.setMnemonicParsing(false);
      i.setOnAction(e -> file.openFile(p));
      recent.getItems().add(i);
    }
    if (recent.getItems().isEmpty()) {
      MenuItem none = new MenuItem("(none)");
      none.setDisable(true);
      recent.getItems().add(none);
    }
  }

  private Menu editMenu() {
    MenuItem undo = item("Undo", "Shortcut+Z", e -> edit.undo());
    undo.setId("menu-undo");
    MenuItem redo = item("Redo", "Shortcut+Shift+Z", e -> edit.redo());
    redo.setId("menu-redo");
    MenuItem redoY = item("Redo (Ctrl+Y)", "Shortcut+Y", e -> edit.redo());
    redoY.setVisible(false);
    window
        .activeProperty()
        .addListener(
            (o, a, v) -> {
              undo.textProperty().unbind();
              redo.textProperty().unbind();
              undo.disableProperty().unbind();
              redo.disableProperty().unbind();
              if (v != null) {
                undo.textProperty().bind(v.document().undoTextProperty());
                redo.textProperty().bind(v.document().redoTextProperty());
                undo.disableProperty().bind(v.document().canUndoProperty().not());
                redo.disableProperty().bind(v.document().canRedoProperty().not());
              }
            });
    return new Menu(
        "_Edit",
        null,
        undo,
        redo,
        redoY,
        new SeparatorMenuItem(),
        item("Copy", "Shortcut+C", e -> window.clipboardActions().copy()),
        item("Paste", "Shortcut+V", e -> window.clipboardActions().paste()),
        item("Duplicate", "Shortcut+D", e -> window.clipboardActions().duplicate()),
        item("Rename", "F2", e -> window.active().ifPresent(DocumentView::rename)),
        item("Delete", "Delete", e -> edit.delete()),
        new SeparatorMenuItem(),
        item("Select All", "Shortcut+A", e -> edit.selectAll()),
        new SeparatorMenuItem(),
        item("Find…", "Shortcut+F", e -> view.find()));
  }

  private Menu viewMenu() {
    return new Menu(
        "_View",
        null,
        item("Zoom to Fit", "Shortcut+0", e -> view.zoomToFit()),
        item("Zoom In", "Shortcut+Equals", e -> view.zoom(1.25)),
        item("Zoom Out", "Shortcut+Minus", e -> view.zoom(0.8)),
        new SeparatorMenuItem(),
        item("Auto Layout", "Shortcut+L", e -> view.autoLayout()),
        item("Lay Out by Namespace", "Shortcut+Shift+L", e -> view.layOutByNamespace()),
        new SeparatorMenuItem(),
        // F and Esc are the canvas's own keys, so they do not fire while typing in a field
        item("Focus on Selection (F)", null, e -> view.focusOnSelection()),
        item("Show All (Esc)", null, e -> view.unfocus()),
        new SeparatorMenuItem(),
        item("Filter Panel", "Shortcut+Shift+F", e -> view.toggleFilterPanel()),
        item("Collapse All Namespaces", null, e -> view.collapseAll(true)),
        item("Expand All Namespaces", null, e -> view.collapseAll(false)),
        minimap(),
        themeMenu(),
        new SeparatorMenuItem(),
        item("Walkthrough", "Shortcut+Shift+W", e -> view.toggleWalkthrough()),
        item("Clear observed flows", null, e -> new ObserveActions(window).clear()),
        item("Clear comparison", null, e -> new CompareActions(window).clear()));
  }

  private javafx.scene.control.CheckMenuItem minimap() {
    javafx.scene.control.CheckMenuItem map = new javafx.scene.control.CheckMenuItem("Minimap");
    map.setId("menu-minimap");
    map.setSelected(true);
    map.setOnAction(e -> view.showMinimap(map.isSelected()));
    return map;
  }

  private Menu themeMenu() {
    Menu menu = new Menu("Theme");
    menu.setId("menu-theme");
    javafx.scene.control.ToggleGroup group = new javafx.scene.control.ToggleGroup();
    ThemeSwitch theme = window.theme();
    for (Theme t : Theme.values()) {
      String name = t.name().charAt(0) + t.name().substring(1).toLowerCase(java.util.Locale.ROOT);
      javafx.scene.control.RadioMenuItem item =
          new javafx.scene.control.RadioMenuItem(t == Theme.SYSTEM ? "As the System" : name);
      item.setId("menu-theme-" + t.name().toLowerCase(java.util.Locale.ROOT));
      item.setToggleGroup(group);
      item.setSelected(theme.chosenProperty().get() == t);
      item.setOnAction(e -> theme.chosenProperty().set(t));
      menu.getItems().add(item);
    }
    return menu;
  }

  private Menu toolsMenu() {
    return new Menu(
        "_Tools",
        null,
        item("Would This Be Allowed?…", "Shortcut+T", e -> tools.wouldBeAllowed()),
        item("Connectivity Matrix…", "Shortcut+Shift+M", e -> tools.connectivityMatrix()));
  }

  private Menu helpMenu() {
    return new Menu(
        "_Help",
        null,
        item("Keyboard Shortcuts", "F1", e -> HelpDialogs.shortcuts(window.stage()).show()),
        new SeparatorMenuItem(),
        item(
            "About Cilium Policy Designer",
            null,
            e -> HelpDialogs.about(window.stage()).showAndWait()));
  }

  private static MenuItem item(String text, String keys, EventHandler<ActionEvent> action) {
    MenuItem i = new MenuItem(text);
    if (keys != null) {
      i.setAccelerator(KeyCombination.keyCombination(keys));
    }
    i.setOnAction(action);
    i.setId("menu-" + text.toLowerCase().replaceAll("[^a-z]+", "-").replaceAll("-$", ""));
    return i;
  }
}
