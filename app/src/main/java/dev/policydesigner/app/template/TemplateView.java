package dev.policydesigner.app.template;

import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** The live template of the selected subject's file, with syntax colouring. */
public final class TemplateView extends BorderPane {
  private final TextFlow flow = new TextFlow();

  public TemplateView(TemplateViewModel model) {
    getStyleClass().add("template-view");
    Label path = new Label();
    path.getStyleClass().add("template-path");
    path.textProperty().bind(model.pathProperty());
    flow.getStyleClass().add("template-text");
    flow.setId("template-text");
    ScrollPane scroll = new ScrollPane(flow);
    scroll.getStyleClass().add("template-scroll");
    setTop(path);
    setCenter(scroll);
    model.textProperty().addListener((o, a, text) -> show(text));
    show(model.textProperty().get());
  }

  private void show(String text) {
    flow.getChildren().clear();
    for (TemplateHighlighter.Span span : TemplateHighlighter.spans(text)) {
      Text t = new Text(span.text());
      t.getStyleClass().add("tpl");
      if (span.style() != null) {
        t.getStyleClass().add(span.style());
      }
      flow.getChildren().add(t);
    }
  }

  /** The plain text shown. */
  public String text() {
    StringBuilder b = new StringBuilder();
    flow.getChildren().forEach(n -> b.append(((Text) n).getText()));
    return b.toString();
  }
}
