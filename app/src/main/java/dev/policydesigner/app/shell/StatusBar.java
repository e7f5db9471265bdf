package dev.policydesigner.app.shell;

import dev.policydesigner.app.document.Document;
import dev.policydesigner.model.Diagram;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.collections.SetChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The line under the window: the active diagram's selection, zoom and checkout. */
final class StatusBar extends HBox {
  private final Label selection = new Label();
  private final Label zoom = new Label();
  private final Label checkout = new Label();
  private final InvalidationListener refresh = o -> refresh();
  private final SetChangeListener<String> selectionChanged = c -> refresh();
  private DocumentView shown;

  StatusBar(MainWindow window) {
    setId("status-bar");
    getStyleClass().add("status-bar");
    selection.setId("status-selection");
    zoom.setId("status-zoom");
    checkout.setId("status-checkout");
    zoom.setMinWidth(Region.USE_PREF_SIZE);
    checkout.setMinWidth(0);
    selection.setMinWidth(0);
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    getChildren().addAll(selection, gap, checkout, zoom);
    window.activeProperty().addListener((o, a, v) -> follow(v));
    follow(window.active().orElse(null));
  }

  private void follow(DocumentView view) {
    if (shown != null) {
      Document d = shown.document();
      d.selection().ids().removeListener(selectionChanged);
      for (Observable o : sources(shown)) {
        o.removeListener(refresh);
      }
    }
    shown = view;
    if (view != null) {
      view.document().selection().ids().addListener(selectionChanged);
      for (Observable o : sources(view)) {
        o.addListener(refresh);
      }
    }
    refresh();
  }

  private static List<Observable> sources(DocumentView v) {
    return List.of(
        v.canvas().zoomProperty(), v.document().repoProperty(), v.document().diagramProperty());
  }

  private void refresh() {
    if (shown == null) {
      selection.setText("");
      zoom.setText("");
      checkout.setText("");
      return;
    }
    Document d = shown.document();
    // read through the properties listened to: an invalidation listener hears of a change only
    // once the property's value was asked for since the last one
    zoom.setText(Math.round(shown.canvas().zoomProperty().get() * 100) + " %");
    selection.setText(selectionText(d.diagramProperty().get(), d.selection().ids()));
    Path repo = d.repoProperty().get();
    checkout.setText(repo == null ? "No checkout chosen" : "Checkout: " + repo.getFileName());
    checkout.setTooltip(
        new Tooltip(repo == null ? "Export to repo… chooses one" : repo.toString()));
  }

  private static String name(Diagram d, String id) {
    return d.node(id).map(n -> n.name()).orElse(id);
  }

  static String selectionText(Diagram d, java.util.Set<String> ids) {
    if (ids.isEmpty()) {
      return d.nodes().size() + " nodes, " + d.flows().size() + " flows";
    }
    if (ids.size() == 1) {
      String id = ids.iterator().next();
      return d.node(id)
          .map(n -> "Selected: " + n.name())
          .or(
              () ->
                  d.flow(id)
                      .map(f -> "Selected: flow " + name(d, f.from()) + " → " + name(d, f.to())))
          .orElse("");
    }
    return ids.size() + " selected";
  }
}
