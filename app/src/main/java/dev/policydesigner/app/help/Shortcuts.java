package dev.policydesigner.app.help;

import java.util.List;

/** The keyboard shortcuts, grouped as the Help dialog and the README list them. */
public final class Shortcuts {
  /** One shortcut: the keys and what they do. */
  public record Shortcut(String keys, String action) {}

  /** A group of shortcuts under a heading. */
  public record Group(String heading, List<Shortcut> shortcuts) {}

  private Shortcuts() {}

  /** Every shortcut, by group. */
  public static List<Group> all() {
    return List.of(
        new Group(
            "Files",
            List.of(
                new Shortcut("Ctrl+N", "New diagram"),
                new Shortcut("Ctrl+O", "Open a diagram"),
                new Shortcut("Ctrl+S / Ctrl+Shift+S", "Save / Save as"),
                new Shortcut("Ctrl+I", "Import policy templates from a repo checkout"),
                new Shortcut("Ctrl+E", "Export to a repo checkout (shows the plan first)"),
                new Shortcut("Ctrl+Shift+H", "Import Hubble flows"),
                new Shortcut("Ctrl+W / Ctrl+Q", "Close the diagram / Quit"))),
        new Group(
            "Canvas (click it first)",
            List.of(
                new Shortcut("Arrow keys", "Move the selected nodes (Shift: ten times as far)"),
                new Shortcut("F2", "Rename the selected node"),
                new Shortcut("Ctrl+C / Ctrl+V", "Copy / paste nodes and the flows between them"),
                new Shortcut("Ctrl+D", "Duplicate the selection"),
                new Shortcut("Ctrl+A", "Select everything"),
                new Shortcut("F / Esc", "Focus on the selection (F again: two flows away) / all"),
                new Shortcut("Delete", "Delete the selection"),
                new Shortcut("Right-click", "Menu of the node, flow or empty canvas"),
                new Shortcut("Drag the background", "Select what the rectangle touches"),
                new Shortcut("Space+drag, middle drag, wheel", "Pan"),
                new Shortcut("Ctrl+wheel", "Zoom"))),
        new Group(
            "Edit and view",
            List.of(
                new Shortcut("Ctrl+Z / Ctrl+Shift+Z", "Undo / Redo (Ctrl+Y redoes too)"),
                new Shortcut("Ctrl+0", "Zoom to fit"),
                new Shortcut("Ctrl+= / Ctrl+-", "Zoom in / out"),
                new Shortcut("Ctrl+L", "Auto layout (left to right)"),
                new Shortcut("Ctrl+Shift+L", "Lay out by namespace"),
                new Shortcut("Ctrl+F", "Find a node by name, label, namespace or port"),
                new Shortcut("Ctrl+Shift+F", "Show or hide the filter panel"),
                new Shortcut("Ctrl+T", "Would this be allowed? (two nodes selected)"),
                new Shortcut("Ctrl+Shift+M", "Connectivity matrix: who reaches whom"),
                new Shortcut("F1", "This list of shortcuts"))),
        new Group(
            "Walkthrough",
            List.of(
                new Shortcut("Ctrl+Shift+W", "Start or leave the walkthrough"),
                new Shortcut("→ or N / ← or P", "Next / previous step"),
                new Shortcut("Home / End", "First / last step"),
                new Shortcut("Esc", "Leave the walkthrough"))),
        new Group(
            "Problems tab",
            List.of(
                new Shortcut("Double-click or Enter", "Show the problem's node or flow and rule"),
                new Shortcut("Ctrl+C", "Copy the selected problems as text"))));
  }
}
