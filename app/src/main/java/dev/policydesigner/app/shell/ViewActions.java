package dev.policydesigner.app.shell;

import dev.policydesigner.export.diagram.image.CardGeometry;
import dev.policydesigner.model.Position;
import dev.policydesigner.model.edit.MoveNodesEdit;
import dev.policydesigner.model.edit.ReplaceDiagramEdit;
import dev.policydesigner.model.layout.NamespaceLayout;
import java.util.Map;

/** Zoom and auto-layout of the active document's canvas. */
public final class ViewActions {
  private final MainWindow window;
  private final Services services;

  ViewActions(MainWindow window, Services services) {
    this.window = window;
    this.services = services;
  }

  public void zoomToFit() {
    window.active().ifPresent(v -> v.canvas().zoomToFit());
  }

  public void zoom(double factor) {
    window.active().ifPresent(v -> v.canvas().zoomBy(factor));
  }

  /** Shows only the selection and its neighbours (again: two flows away). */
  public void focusOnSelection() {
    window.active().ifPresent(v -> v.canvas().focusOnSelection());
  }

  /** Shows everything again after a focus. */
  public void unfocus() {
    window.active().ifPresent(v -> v.canvas().unfocus());
  }

  /** Opens the search bar over the active canvas. */
  public void find() {
    window.active().ifPresent(v -> v.canvas().showFind());
  }

  /** Shows or hides the filter beside the active canvas. */
  public void toggleFilterPanel() {
    window.active().ifPresent(DocumentView::toggleFilterPanel);
  }

  /** Collapses (or expands) every namespace of the active diagram, as one undoable edit. */
  public void collapseAll(boolean collapse) {
    window
        .active()
        .ifPresent(
            v -> {
              java.util.Set<String> all = new java.util.TreeSet<>();
              v.document().current().nodes().stream()
                  .filter(dev.policydesigner.model.Workload.class::isInstance)
                  .forEach(n -> all.add(((dev.policydesigner.model.Workload) n).namespace()));
              v.canvas().setCollapsed(all, collapse);
              v.canvas().zoomToFit();
            });
  }

  /** Shows or hides the minimap of every canvas. */
  public void showMinimap(boolean shown) {
    window.documents().forEach(v -> v.canvas().setMinimapShown(shown));
  }

  /** Starts the walkthrough of the active document, or leaves it when it runs. */
  public void toggleWalkthrough() {
    window
        .active()
        .ifPresent(
            v -> {
              if (v.walkthrough().isPresent()) {
                v.stopWalkthrough();
              } else {
                v.startWalkthrough();
              }
            });
  }

  /**
   * Lays the diagram out by namespace as one undoable edit, as an import places it: a box per
   * namespace (and one for the entities, one for the addresses outside), the boxes packed to the
   * canvas's shape; then fits it in view.
   */
  public void layOutByNamespace() {
    window
        .active()
        .ifPresent(
            v -> {
              double w = v.canvas().getWidth();
              double h = v.canvas().getHeight();
              NamespaceLayout layout =
                  new NamespaceLayout(
                      CardGeometry.SIZE, w > 0 && h > 0 ? w / h : NamespaceLayout.VIEW_ASPECT);
              v.document()
                  .perform(
                      new ReplaceDiagramEdit(
                          "Lay out by namespace", d -> layout.arrange(d).applyTo(d)));
              v.canvas().zoomToFit();
            });
  }

  /** Lays the diagram out left to right as one undoable edit, then fits it in view. */
  public void autoLayout() {
    window
        .active()
        .ifPresent(
            v -> {
              Map<String, Position> positions =
                  services.layout().layout(v.document().current(), v.canvas().cardSizes());
              MoveNodesEdit move = new MoveNodesEdit(positions);
              v.document().perform(new ReplaceDiagramEdit("Auto layout", move::apply));
              v.canvas().zoomToFit();
            });
  }
}
