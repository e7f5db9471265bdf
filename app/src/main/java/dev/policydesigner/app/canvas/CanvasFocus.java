package dev.policydesigner.app.canvas;

import dev.policydesigner.app.document.Document;
import dev.policydesigner.model.Diagram;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Focus: only some nodes, their neighbours a number of flows away and the flows between them are
 * shown; the rest is hidden until unfocused, and the view returns to where it was before.
 */
final class CanvasFocus {
  private final CanvasView canvas;
  private final Document document;
  private final Visibility visibility;
  private final Viewport viewport;
  private final ReadOnlyObjectWrapper<Neighbourhood> focus = new ReadOnlyObjectWrapper<>();
  private Set<String> on = Set.of();
  private int hops;
  private double[] viewBefore;

  CanvasFocus(CanvasView canvas, Document document, Visibility visibility, Viewport viewport) {
    this.canvas = canvas;
    this.document = document;
    this.visibility = visibility;
    this.viewport = viewport;
  }

  ReadOnlyObjectProperty<Neighbourhood> property() {
    return focus.getReadOnlyProperty();
  }

  void focus(Collection<String> nodeIds, int distance) {
    Neighbourhood n = Neighbourhood.of(document.current(), nodeIds, distance);
    if (n.nodeIds().isEmpty()) {
      return;
    }
    if (focus.get() == null) {
      viewBefore = viewport.state();
    }
    on = Set.copyOf(nodeIds);
    hops = distance;
    show(n);
    canvas.zoomToFit();
  }

  void focusOnSelection() {
    Set<String> ids = new LinkedHashSet<>();
    Diagram d = document.current();
    for (String id : document.selection().ids()) {
      if (d.node(id).isPresent()) {
        ids.add(id);
      } else {
        d.flow(id).ifPresent(f -> ids.addAll(List.of(f.from(), f.to())));
      }
    }
    if (!ids.isEmpty()) {
      boolean again = focus.get() != null && hops == 1 && on.equals(ids);
      focus(ids, again ? 2 : 1);
    }
  }

  void unfocus() {
    if (focus.get() == null) {
      return;
    }
    on = Set.of();
    show(null);
    if (viewBefore != null) {
      viewport.restore(viewBefore);
    }
  }

  /** The diagram changed: the focus follows its nodes' neighbours as they are now. */
  void diagramChanged() {
    if (focus.get() != null) {
      Neighbourhood n = Neighbourhood.of(document.current(), on, hops);
      if (n.nodeIds().isEmpty()) {
        on = Set.of();
        show(null);
      } else if (!n.equals(focus.get())) {
        show(n);
      }
    }
  }

  private void show(Neighbourhood n) {
    focus.set(n);
    visibility.setFocus(n);
    canvas.shownChanged();
  }
}
