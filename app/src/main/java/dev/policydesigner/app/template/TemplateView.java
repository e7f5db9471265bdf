package dev.policydesigner.app.template;

import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;

/** The live template of the selected subject's file, with syntax colouring. */
public final class TemplateView extends BorderPane {
  private final HighlightedText flow = new HighlightedText("template-text");

  public TemplateView(TemplateViewModel model) {
    getStyleClass().add("template-view");
    Label path = new Label();
    path.getStyleClass().add("template-path");
    path.textProperty().bind(model.pathProperty());
    ScrollPane scroll = new ScrollPane(flow);
    scroll.getStyleClass().add("template-scroll");
    setTop(path);
    setCenter(scroll);
    model.textProperty().addListener((o, a, text) -> show(text));
    show(model.textProperty().get());
  }

  private void show(String text) {
    flow.show(text);
  }

  /** The plain text shown. */
  public String text() {
    return flow.text();
  }
}
