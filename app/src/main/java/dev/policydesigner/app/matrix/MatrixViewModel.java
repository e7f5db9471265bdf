package dev.policydesigner.app.matrix;

import dev.policydesigner.export.engine.CheckoutPolicies;
import dev.policydesigner.export.engine.DiagramEngine;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.engine.Connection;
import dev.policydesigner.model.engine.ConnectivityMatrix;
import dev.policydesigner.model.engine.Identities;
import dev.policydesigner.model.engine.Identity;
import dev.policydesigner.model.engine.Mode;
import dev.policydesigner.model.engine.PolicyEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The connectivity matrix of a diagram as it ships (its rendered templates plus the checkout's
 * other policies): every pair of the identities the policies name with a port allowed, in audit or
 * enforce mode, narrowed by a search text and a filter.
 */
public final class MatrixViewModel {
  /** Which pairs to show. */
  public enum RowFilter {
    ALL("All allowed pairs"),
    SOME_PORTS("Pairs allowed on some ports"),
    EVERY_PORT("Pairs allowed on every port");

    private final String label;

    RowFilter(String label) {
      this.label = label;
    }

    @Override
    public String toString() {
      return label;
    }
  }

  private final Diagram diagram;
  private final CheckoutPolicies checkout;
  private final Map<String, Object> values;
  private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.ENFORCE);
  private final StringProperty search = new SimpleStringProperty("");
  private final ObjectProperty<RowFilter> filter = new SimpleObjectProperty<>(RowFilter.ALL);
  private final ObservableList<MatrixRow> rows = FXCollections.observableArrayList();
  private final FilteredList<MatrixRow> shown = new FilteredList<>(rows);
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

  /** The matrix of {@code diagram} with {@code checkout}'s other policies and these values. */
  public MatrixViewModel(Diagram diagram, CheckoutPolicies checkout, Map<String, Object> values) {
    this.diagram = diagram;
    this.checkout = checkout;
    this.values = Map.copyOf(values);
    search.addListener((o, a, b) -> narrow());
    filter.addListener((o, a, b) -> narrow());
    mode.addListener((o, a, b) -> refresh());
    refresh();
  }

  /** Computes the matrix again for the current mode. */
  public void refresh() {
    PolicyEngine engine = DiagramEngine.of(diagram, mode.get(), values, checkout).engine();
    List<Identity> ids = Identities.of(engine.policies());
    ConnectivityMatrix m = ConnectivityMatrix.of(engine, ids);
    List<MatrixRow> list = new ArrayList<>();
    for (Connection c : m.connections()) {
      list.add(
          new MatrixRow(c.from().label(), c.to().label(), c.ports().label(), c.ports().isAll()));
    }
    rows.setAll(list);
    narrow();
  }

  private void narrow() {
    String text = Objects.requireNonNullElse(search.get(), "").strip();
    RowFilter f = filter.get();
    shown.setPredicate(
        r ->
            (text.isEmpty() || r.mentions(text))
                && (f == RowFilter.ALL || (f == RowFilter.EVERY_PORT) == r.everyPort()));
    summary.set(
        shown.size() + " of " + rows.size() + " allowed pairs in " + mode.get().value() + " mode");
  }

  /** The pairs shown. */
  public ObservableList<MatrixRow> rows() {
    return shown;
  }

  public ObjectProperty<Mode> modeProperty() {
    return mode;
  }

  /** Free text a row's source, destination or ports must contain. */
  public StringProperty searchProperty() {
    return search;
  }

  public ObjectProperty<RowFilter> filterProperty() {
    return filter;
  }

  /** {@code 12 of 40 allowed pairs in enforce mode}. */
  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }
}
