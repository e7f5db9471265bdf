package dev.policydesigner.app.observe;

import dev.policydesigner.app.document.Document;
import dev.policydesigner.export.hubble.HubbleFlowReader;
import dev.policydesigner.export.hubble.HubbleReadResult;
import dev.policydesigner.model.edit.AddObservedFlowEdit;
import dev.policydesigner.model.observe.ObservationMatcher;
import dev.policydesigner.model.observe.ObservationReport;
import dev.policydesigner.model.observe.ObservationReport.Unmatched;
import dev.policydesigner.model.observe.ObservedFlow;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Hubble flows read from a file, compared with the document's diagram after every edit. The report
 * is {@code null} while no flows are loaded.
 */
public final class ObservedViewModel {
  private final Document document;
  private final ObservationMatcher matcher = new ObservationMatcher();
  private final ReadOnlyObjectWrapper<ObservationReport> report = new ReadOnlyObjectWrapper<>();
  private List<ObservedFlow> flows;

  public ObservedViewModel(Document document) {
    this.document = document;
    document.diagramProperty().addListener((o, a, d) -> refresh());
  }

  /** Reads {@code file} ({@code hubble observe -o json} lines) and overlays its flows. */
  public HubbleReadResult load(Path file) throws IOException {
    HubbleReadResult result = new HubbleFlowReader().read(file);
    flows = result.flows();
    refresh();
    return result;
  }

  /** Shows these flows. */
  public void show(List<ObservedFlow> observed) {
    flows = List.copyOf(observed);
    refresh();
  }

  /** Removes the overlay. */
  public void clear() {
    flows = null;
    report.set(null);
  }

  /** Adds the traffic as a flow, as one undoable edit; false when it cannot be added. */
  public boolean addAsFlow(Unmatched traffic) {
    if (!AddObservedFlowEdit.canAdd(traffic)) {
      return false;
    }
    return document.perform(new AddObservedFlowEdit(traffic));
  }

  private void refresh() {
    if (flows != null) {
      report.set(matcher.match(document.current(), flows));
    }
  }

  /** The comparison, or {@code null} without observed flows. */
  public ReadOnlyObjectProperty<ObservationReport> reportProperty() {
    return report.getReadOnlyProperty();
  }
}
