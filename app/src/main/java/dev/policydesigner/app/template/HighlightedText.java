package dev.policydesigner.app.template;

import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** Template text with Jinja and YAML syntax colouring (Template and Rendered tabs). */
public final class HighlightedText extends TextFlow {
  /** An empty text with the given node id. */
  public HighlightedText(String id) {
    getStyleClass().add("template-text");
    setId(id);
  }

  /** Replaces the shown text. */
  public void show(String text) {
    getChildren().clear();
    for (TemplateHighlighter.Span span : TemplateHighlighter.spans(text)) {
      Text t = new Text(span.text());
      t.getStyleClass().add("tpl");
      if (span.style() != null) {
        t.getStyleClass().add(span.style());
      }
      getChildren().add(t);
    }
  }

  /** The plain text shown. */
  public String text() {
    StringBuilder b = new StringBuilder();
    getChildren().forEach(n -> b.append(((Text) n).getText()));
    return b.toString();
  }
}
