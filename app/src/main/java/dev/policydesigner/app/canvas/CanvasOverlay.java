package dev.policydesigner.app.canvas;

import dev.policydesigner.export.engine.DiagramComparison;
import dev.policydesigner.model.check.Problem;
import dev.policydesigner.model.observe.ObservationReport;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the window lays over the canvas's diagram besides the selection: observed traffic, a
 * comparison's changes, the walkthrough's spotlight, search hits, what chosen flag values leave
 * out, the problems found, the filter and the colours. Each change is painted before the next
 * frame.
 */
public final class CanvasOverlay {
  private final CanvasView canvas;
  private final CanvasContent content;

  CanvasOverlay(CanvasView canvas, CanvasContent content) {
    this.canvas = canvas;
    this.content = content;
  }

  /** Overlays observed traffic; {@code null} removes the overlay. */
  public void setObservation(ObservationReport report) {
    content.marks().setObservation(report);
    content.visibility().setObservation(report);
    canvas.shownChanged();
  }

  /**
   * Colours the arrows of flows a comparison changed (flow id → {@code added}, {@code removed} or
   * {@code changed}); an empty map clears the colours.
   */
  public void setChanges(Map<String, String> flowChanges) {
    content.marks().setChanges(flowChanges);
    canvas.marksChanged();
  }

  /**
   * Shows a comparison with a revision: the arrows of its changed flows are coloured and its
   * changes between two cards that no flow carries are drawn as dashed curves ({@link
   * ChangedEdgeView}); {@code null} takes it off.
   */
  public void setComparison(DiagramComparison comparison) {
    content.changedEdges().set(comparison == null ? List.of() : comparison.unflowed());
    setChanges(comparison == null ? Map.of() : comparison.flowMarks());
    canvas.shownChanged();
  }

  /** The changes of the comparison drawn between cards that no flow carries. */
  public List<ChangedEdgeView> changedEdges() {
    content.geometry();
    return content.changedEdges().edges();
  }

  /** The flows a comparison changed, as last set. */
  public Map<String, String> changes() {
    return content.marks().changes();
  }

  /** Highlights the cards and arrows of these ids and dims all others; {@code null}: none. */
  public void setSpotlight(Set<String> ids) {
    content.marks().setSpotlight(ids);
    canvas.marksChanged();
  }

  /** The problems found in the diagram: they colour cards and arrows and feed the filter. */
  public void setProblems(List<Problem> problems) {
    content.setProblems(problems);
    canvas.refreshLater();
  }

  /** Shows only what {@code filter} lets through ({@link CanvasFilter#NONE}: everything). */
  public void setFilter(CanvasFilter filter) {
    content.visibility().setFilter(filter);
    canvas.shownChanged();
  }

  /** The filter in force. */
  public CanvasFilter filter() {
    return content.visibility().filter();
  }

  /** Marks these nodes and flows as found by a search (an empty set clears the marks). */
  public void setFound(Set<String> ids) {
    content.marks().setFound(ids);
    canvas.marksChanged();
  }

  /** Fades out the nodes and flows with these ids (they would not render with chosen values). */
  public void setFaded(Set<String> ids) {
    content.marks().setFaded(ids);
    canvas.marksChanged();
  }

  /**
   * Titles templated namespaces with what they render to with these values (the repo's {@code
   * cluster.yaml}; placeholders without a value there render to their default).
   */
  public void setRepoValues(java.util.Map<String, ?> values) {
    content.setValues(new dev.policydesigner.model.check.PlaceholderValues(values));
    canvas.refreshLater();
  }

  /** Paints with these colours (light or dark theme). */
  public void setPalette(CanvasPalette palette) {
    content.setPalette(palette);
    canvas.refreshLater();
  }
}
