package dev.policydesigner.app.walkthrough;

import dev.policydesigner.app.document.Document;
import dev.policydesigner.export.walkthrough.TemplateExcerpt;
import dev.policydesigner.export.walkthrough.WalkthroughTemplates;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.walkthrough.Walkthrough;
import dev.policydesigner.model.walkthrough.WalkthroughCursor;
import dev.policydesigner.model.walkthrough.WalkthroughStep;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A walkthrough of the document's flows in diagram order: the current step, its template lines and
 * the ids to highlight (the flow and its two ends). Follows edits, staying on the same flow.
 */
public final class WalkthroughViewModel {
  private final Document document;
  private final ReadOnlyObjectWrapper<WalkthroughStep> step = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<List<TemplateExcerpt>> excerpts =
      new ReadOnlyObjectWrapper<>(List.of());
  private final ReadOnlyObjectWrapper<Set<String>> highlighted =
      new ReadOnlyObjectWrapper<>(Set.of());
  private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("0 / 0");
  private WalkthroughCursor cursor;
  private Walkthrough.Order order = Walkthrough.Order.DIAGRAM;
  private WalkthroughTemplates templates;

  public WalkthroughViewModel(Document document) {
    this.document = document;
    rebuild(null);
    document.diagramProperty().addListener((o, a, d) -> rebuild(currentFlow().orElse(null)));
  }

  private void rebuild(String flowId) {
    Diagram d = document.current();
    cursor = new WalkthroughCursor(Walkthrough.of(d, order));
    templates = WalkthroughTemplates.of(d);
    if (flowId != null) {
      cursor.moveToFlow(flowId);
    }
    cursor.addListener(this::show);
    show();
  }

  /** The order of the steps: flows in diagram order, or per policy subject. */
  public Walkthrough.Order order() {
    return order;
  }

  /** Walks in another order, staying on the current flow. */
  public void setOrder(Walkthrough.Order order) {
    if (order != this.order) {
      this.order = order;
      rebuild(currentFlow().orElse(null));
    }
  }

  private void show() {
    Optional<WalkthroughStep> current = cursor.current();
    step.set(current.orElse(null));
    progress.set(cursor.progress());
    excerpts.set(current.map(templates::excerpts).orElse(List.of()));
    highlighted.set(
        current
            .flatMap(s -> document.current().flow(s.flowId()))
            .map(WalkthroughViewModel::ends)
            .orElse(Set.of()));
  }

  private static Set<String> ends(Flow f) {
    return Set.of(f.id(), f.from(), f.to());
  }

  private Optional<String> currentFlow() {
    return cursor.current().map(WalkthroughStep::flowId);
  }

  public boolean next() {
    return cursor.next();
  }

  public boolean previous() {
    return cursor.previous();
  }

  public boolean first() {
    return cursor.first();
  }

  public boolean last() {
    return cursor.last();
  }

  /** The current step, or {@code null} when the diagram has no flows. */
  public ReadOnlyObjectProperty<WalkthroughStep> stepProperty() {
    return step.getReadOnlyProperty();
  }

  /** The template lines of the current step's rules. */
  public ReadOnlyObjectProperty<List<TemplateExcerpt>> excerptsProperty() {
    return excerpts.getReadOnlyProperty();
  }

  /** The current flow and its two ends. */
  public ReadOnlyObjectProperty<Set<String>> highlightedProperty() {
    return highlighted.getReadOnlyProperty();
  }

  /** {@code 3 / 6}. */
  public ReadOnlyStringProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }
}
