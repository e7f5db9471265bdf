package dev.policydesigner.app.canvas;

import dev.policydesigner.app.document.Document;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.Workload;
import dev.policydesigner.model.check.Problem;
import dev.policydesigner.model.expr.Condition;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The filter beside the canvas: show only some namespaces, node kinds, the nodes a kind of problem
 * names, observed or unobserved flows; and fade what chosen flag values (or the repo's {@code
 * cluster.yaml}) would leave out. Nothing ticked in a group means no restriction by it.
 */
public final class FilterPanel extends ScrollPane {
  private static final String ANY = "any";
  private final CanvasView canvas;
  private final Document document;
  private final ObservableList<Problem> problems;
  private final Supplier<Map<String, Object>> repoValues;
  private final VBox content = new VBox();
  private final VBox namespaces = new VBox();
  private final VBox kinds = new VBox();
  private final VBox codes = new VBox();
  private final VBox flags = new VBox();
  private final ToggleGroup traffic = new ToggleGroup();
  private final Map<String, String> flagChoices = new LinkedHashMap<>();
  private boolean clusterValues;

  /**
   * A panel filtering {@code canvas}; {@code repoValues} gives the values of the repo's {@code
   * cluster.yaml} (empty when there is none).
   */
  public FilterPanel(
      CanvasView canvas,
      Document document,
      ObservableList<Problem> problems,
      Supplier<Map<String, Object>> repoValues) {
    this.canvas = canvas;
    this.document = document;
    this.problems = problems;
    this.repoValues = repoValues;
    setId("filter-panel");
    getStyleClass().add("filter-panel");
    setFitToWidth(true);
    content.getStyleClass().add("filter-content");
    Button clear = new Button("Show everything");
    clear.setId("filter-clear");
    clear.setOnAction(e -> clear());
    content
        .getChildren()
        .addAll(
            heading("Filter"),
            clear,
            heading("Namespaces"),
            namespaces,
            heading("Kinds"),
            kinds,
            heading("Problems: only nodes they name"),
            codes,
            heading("Observed traffic"),
            trafficChoice(),
            heading("Flags: fade what would not render"),
            flags);
    setContent(content);
    document.diagramProperty().addListener((o, a, d) -> refresh());
    document.repoProperty().addListener((o, a, r) -> refresh());
    problems.addListener((ListChangeListener<Problem>) c -> refreshCodes());
    refresh();
  }

  private static Label heading(String text) {
    Label l = new Label(text);
    l.getStyleClass().add("filter-heading");
    return l;
  }

  private VBox trafficChoice() {
    VBox box = new VBox();
    for (CanvasFilter.Traffic t : CanvasFilter.Traffic.values()) {
      RadioButton r =
          new RadioButton(
              switch (t) {
                case ALL -> "All flows";
                case OBSERVED -> "Observed only";
                case UNOBSERVED -> "Never observed only";
              });
      r.setId("filter-traffic-" + t.name().toLowerCase(java.util.Locale.ROOT));
      r.setUserData(t);
      r.setToggleGroup(traffic);
      r.setSelected(t == CanvasFilter.Traffic.ALL);
      box.getChildren().add(r);
    }
    traffic
        .selectedToggleProperty()
        .addListener(
            (o, a, t) -> {
              if (t != null) {
                canvas
                    .overlay()
                    .setFilter(
                        canvas
                            .overlay()
                            .filter()
                            .withFlows((CanvasFilter.Traffic) t.getUserData()));
              }
            });
    return box;
  }

  private void refresh() {
    Diagram d = document.current();
    Map<String, Integer> ns = new TreeMap<>();
    Map<String, Integer> kind = new TreeMap<>();
    for (Node n : d.nodes()) {
      if (n instanceof Workload w) {
        ns.merge(w.namespace(), 1, Integer::sum);
      }
      kind.merge(Visibility.kind(n), 1, Integer::sum);
    }
    fill(
        namespaces,
        "filter-namespace-",
        ns,
        canvas.overlay().filter().namespaces(),
        this::namespacesChanged);
    fill(kinds, "filter-kind-", kind, canvas.overlay().filter().kinds(), this::kindsChanged);
    refreshCodes();
    refreshFlags(d);
  }

  private void refreshCodes() {
    Map<String, Integer> counts = new TreeMap<>();
    for (Problem p : problems) {
      if (p.nodeId() != null || p.from() != null || p.to() != null) {
        counts.merge(p.code(), 1, Integer::sum);
      }
    }
    fill(
        codes,
        "filter-problem-",
        counts,
        canvas.overlay().filter().problemCodes(),
        this::codesChanged);
  }

  /** One check box per name, ticked as in {@code ticked}, with its count. */
  private void fill(
      VBox box,
      String idPrefix,
      Map<String, Integer> counts,
      Set<String> ticked,
      Runnable onChange) {
    box.getChildren().clear();
    if (counts.isEmpty()) {
      Label none = new Label("(none)");
      none.getStyleClass().add("filter-none");
      box.getChildren().add(none);
    }
    counts.forEach(
        (name, n) -> {
          CheckBox c = new CheckBox(name + "  (" + n + ")");
          c.setId(idPrefix + name);
          c.setUserData(name);
          c.setSelected(ticked.contains(name));
          c.selectedProperty().addListener((o, a, on) -> onChange.run());
          box.getChildren().add(c);
        });
  }

  private static Set<String> ticked(VBox box) {
    Set<String> names = new LinkedHashSet<>();
    for (javafx.scene.Node n : box.getChildren()) {
      if (n instanceof CheckBox c && c.isSelected()) {
        names.add((String) c.getUserData());
      }
    }
    return names;
  }

  private void namespacesChanged() {
    canvas.overlay().setFilter(canvas.overlay().filter().withNamespaces(ticked(namespaces)));
  }

  private void kindsChanged() {
    canvas.overlay().setFilter(canvas.overlay().filter().withKinds(ticked(kinds)));
  }

  private void codesChanged() {
    canvas.overlay().setFilter(canvas.overlay().filter().withProblemCodes(ticked(codes)));
  }

  /** One choice per flag the diagram's conditions read: any, on or off. */
  private void refreshFlags(Diagram d) {
    Set<String> names = new LinkedHashSet<>();
    for (Node n : d.nodes()) {
      addNames(names, n.condition());
    }
    d.flows().forEach(f -> addNames(names, f.condition()));
    flags.getChildren().clear();
    for (String name : names) {
      ChoiceBox<String> choice = new ChoiceBox<>();
      choice.getItems().addAll(ANY, "on", "off");
      choice.setValue(flagChoices.getOrDefault(name, ANY));
      choice.setId("filter-flag-" + name);
      choice.valueProperty().addListener((o, a, v) -> flagChanged(name, v));
      Label label = new Label(name);
      label.getStyleClass().add("filter-flag-name");
      HBox.setHgrow(label, Priority.ALWAYS);
      label.setMaxWidth(Double.MAX_VALUE);
      flags.getChildren().add(new HBox(6, label, choice));
    }
    Button cluster = new Button("Use the values of cluster.yaml");
    cluster.setId("filter-cluster-values");
    cluster.setDisable(repoValues.get().isEmpty());
    cluster.setOnAction(e -> useClusterValues());
    flags.getChildren().add(cluster);
    fade();
  }

  private static void addNames(Set<String> names, String condition) {
    if (condition != null) {
      names.addAll(Condition.namesIn(condition));
    }
  }

  private void flagChanged(String name, String value) {
    clusterValues = false;
    flagChoices.put(name, value);
    fade();
  }

  private void useClusterValues() {
    flagChoices.clear();
    clusterValues = true;
    refreshFlags(document.current());
  }

  private void fade() {
    Map<String, Object> values = new LinkedHashMap<>();
    if (clusterValues) {
      values.putAll(repoValues.get());
    }
    flagChoices.forEach(
        (k, v) -> {
          if (!ANY.equals(v)) {
            values.put(k, "on".equals(v));
          }
        });
    canvas.overlay().setFaded(FlagPreview.leftOut(document.current(), values, clusterValues));
  }

  private void clear() {
    flagChoices.clear();
    clusterValues = false;
    canvas.overlay().setFilter(CanvasFilter.NONE);
    traffic.getToggles().get(0).setSelected(true);
    refresh();
  }
}
