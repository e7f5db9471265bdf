package dev.policydesigner.app.shell;

import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;

/**
 * What the canvas's lines and colours mean, folded into a small button at the bottom left: solid
 * and dashed (guarded) flows, and the colours of observed Hubble traffic. The samples are drawn
 * with the canvas's own styles, so they cannot drift from it.
 */
final class LegendView extends StackPane {
  LegendView() {
    setId("legend");
    GridPane rows = new GridPane();
    rows.getStyleClass().add("legend-rows");
    int r = 0;
    rows.addRow(r++, sample("flow-arrow"), text("Flow: allowed whenever its ends exist"));
    rows.addRow(r++, sample("flow-arrow", "guarded"), text("Guarded flow: only if a flag holds"));
    Label observed = text("With Hubble flows loaded:");
    observed.getStyleClass().add("legend-heading");
    rows.add(observed, 0, r++, 2, 1);
    rows.addRow(r++, sample("flow-arrow", "observed"), text("Forwarded (count on the label)"));
    rows.addRow(r++, sample("flow-arrow", "audit"), text("Audit: would be denied when enforced"));
    rows.addRow(r++, sample("flow-arrow", "dropped"), text("Dropped"));
    rows.addRow(r++, sample("flow-arrow", "unobserved"), text("Never observed"));
    rows.addRow(r, sample("ghost-edge"), text("Observed traffic no flow allows"));
    VBox card = new VBox(6, rows);
    card.getStyleClass().add("legend-card");
    card.setVisible(false);
    card.managedProperty().bind(card.visibleProperty());
    ToggleButton toggle = new ToggleButton("Legend");
    toggle.setId("legend-toggle");
    toggle.getStyleClass().add("legend-toggle");
    toggle.setTooltip(new Tooltip("What the lines and colours mean"));
    card.visibleProperty().bind(toggle.selectedProperty());
    VBox box = new VBox(4, card, toggle);
    box.setAlignment(Pos.BOTTOM_LEFT);
    box.setPickOnBounds(false);
    box.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
    setAlignment(Pos.BOTTOM_LEFT);
    setPadding(new Insets(0, 0, 8, 8));
    getChildren().add(box);
  }

  private static Group sample(String styleClass, String... states) {
    Line line = new Line(0, 6, 34, 6);
    line.getStyleClass().add(styleClass.equals("ghost-edge") ? "ghost-line" : "flow-line");
    Group g = new Group(line);
    g.getStyleClass().add(styleClass);
    for (String s : states) {
      g.pseudoClassStateChanged(PseudoClass.getPseudoClass(s), true);
    }
    return g;
  }

  private static Label text(String s) {
    Label l = new Label(s);
    l.getStyleClass().add("legend-text");
    return l;
  }
}
