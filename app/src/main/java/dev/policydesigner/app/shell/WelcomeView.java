package dev.policydesigner.app.shell;

import dev.policydesigner.app.canvas.Glyphs;
import dev.policydesigner.icons.Icon;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * What an empty diagram shows over its canvas: how to start drawing, and the ways to start from
 * something that exists. It disappears with the first node and comes back when the last one goes.
 */
final class WelcomeView extends StackPane {
  WelcomeView(DocumentView view, MainWindow window) {
    setId("welcome");
    getStyleClass().add("welcome");
    Label title = new Label("An empty diagram");
    title.getStyleClass().add("welcome-title");
    Label hint =
        new Label(
            "Drag a workload from the palette on the left onto the canvas (or click it), then"
                + " drag from a node's handle to another node to draw a flow.");
    hint.setWrapText(true);
    hint.getStyleClass().add("welcome-hint");
    Label or = new Label("Or start from what you have:");
    or.getStyleClass().add("welcome-hint");
    VBox card =
        new VBox(
            10,
            title,
            hint,
            or,
            button(
                Icon.NEW, "New diagram", "welcome-new", () -> window.fileActions().newDocument()),
            button(Icon.OPEN, "Open a diagram…", "welcome-open", () -> window.fileActions().open()),
            button(
                Icon.IMPORT,
                "Import from a repo checkout…",
                "welcome-import",
                () -> window.importActions().importFromRepo()),
            button(
                Icon.FLOW,
                "Import Hubble flows…",
                "welcome-hubble",
                () -> new ObserveActions(window).importHubbleFlows()));
    card.getStyleClass().add("welcome-card");
    card.setMaxWidth(380);
    card.setMaxHeight(Region.USE_PREF_SIZE);
    card.setFillWidth(true);
    setAlignment(Pos.CENTER);
    getChildren().add(card);
    visibleProperty()
        .bind(
            javafx.beans.binding.Bindings.createBooleanBinding(
                () -> view.document().current().nodes().isEmpty(),
                view.document().diagramProperty()));
  }

  private static Button button(Icon icon, String text, String id, Runnable action) {
    Button b = new Button(text, Glyphs.icon(icon, Icon.SMALL));
    b.setId(id);
    b.setMaxWidth(Double.MAX_VALUE);
    b.setAlignment(Pos.CENTER_LEFT);
    b.setOnAction(e -> action.run());
    return b;
  }
}
