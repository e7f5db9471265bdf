package dev.policydesigner.app.walkthrough;

import dev.policydesigner.app.template.TemplateHighlighter;
import dev.policydesigner.export.walkthrough.TemplateExcerpt;
import dev.policydesigner.model.walkthrough.Walkthrough;
import dev.policydesigner.model.walkthrough.WalkthroughStep;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ScrollPane.ScrollBarPolicy;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The narration beside the canvas: progress, step title, description, narration, template lines.
 */
public final class WalkthroughPanel extends ScrollPane {
  private final Label progress = new Label();
  private final Label title = wrapped("walkthrough-title");
  private final Label description = wrapped("walkthrough-description");
  private final Label narration = wrapped("walkthrough-narration");
  private final VBox lines = new VBox(6);

  private static final String IN_DIAGRAM_ORDER = "Diagram order";
  private static final String PER_SUBJECT = "Per policy";

  public WalkthroughPanel(WalkthroughViewModel model, Runnable close) {
    setId("walkthrough-panel");
    setFitToWidth(true);
    progress.setId("walkthrough-progress");
    progress.getStyleClass().add("walkthrough-progress");
    progress.textProperty().bind(model.progressProperty());
    title.setId("walkthrough-title");
    description.setId("walkthrough-description");
    narration.setId("walkthrough-narration");
    Button previous =
        button("‹ Previous", "Previous step (← or P)", "walkthrough-previous", model::previous);
    Button next = button("Next ›", "Next step (→ or N)", "walkthrough-next", model::next);
    Button done = button("Done", "Leave the walkthrough (Esc)", "walkthrough-done", close::run);
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    ChoiceBox<String> orders = new ChoiceBox<>();
    orders.setId("walkthrough-order");
    orders.getItems().addAll(IN_DIAGRAM_ORDER, PER_SUBJECT);
    orders.setValue(model.order() == Walkthrough.Order.DIAGRAM ? IN_DIAGRAM_ORDER : PER_SUBJECT);
    orders.setTooltip(new javafx.scene.control.Tooltip("Order of the steps"));
    orders
        .valueProperty()
        .addListener(
            (o, a, v) ->
                model.setOrder(
                    PER_SUBJECT.equals(v)
                        ? Walkthrough.Order.PER_SUBJECT
                        : Walkthrough.Order.DIAGRAM));
    // two rows, so that the buttons keep their words however narrow the panel is
    progress.setMinWidth(Region.USE_PREF_SIZE);
    HBox buttons = new HBox(6, previous, next, gap, done);
    buttons.setAlignment(Pos.CENTER_LEFT);
    HBox state = new HBox(8, progress, orders);
    state.setAlignment(Pos.CENTER_LEFT);
    VBox bar = new VBox(6, buttons, state);
    Label heading = new Label("TEMPLATE LINES");
    heading.getStyleClass().add("walkthrough-heading");
    Label keys = wrapped("walkthrough-keys");
    keys.setText("← → or P / N: previous / next · Home / End: first / last · Esc: leave");
    VBox content = new VBox(10, bar, title, description, narration, heading, lines, keys);
    content.getStyleClass().add("walkthrough-panel");
    setContent(content);
    model.stepProperty().addListener((o, a, s) -> showStep(s));
    model.excerptsProperty().addListener((o, a, e) -> showLines(e));
    showStep(model.stepProperty().get());
    showLines(model.excerptsProperty().get());
  }

  private void showStep(WalkthroughStep s) {
    title.setText(s == null ? "This diagram has no flows yet." : s.title());
    description.setText(s == null || s.description() == null ? "" : s.description());
    narration.setText(s == null ? "" : s.narration());
  }

  private void showLines(List<TemplateExcerpt> excerpts) {
    lines.getChildren().clear();
    for (TemplateExcerpt e : excerpts) {
      Label path =
          new Label(
              e.location().direction().yamlName()
                  + " of "
                  + e.location().policy()
                  + " — "
                  + fileName(e.location().file())
                  + ":"
                  + e.firstLine());
      path.getStyleClass().add("walkthrough-excerpt-path");
      TextFlow text = new TextFlow();
      text.getStyleClass().add("template-text");
      text.setMinWidth(Region.USE_PREF_SIZE);
      for (TemplateHighlighter.Span span : TemplateHighlighter.spans(dedented(e.text()))) {
        Text t = new Text(span.text());
        t.getStyleClass().add("tpl");
        if (span.style() != null) {
          t.getStyleClass().add(span.style());
        }
        text.getChildren().add(t);
      }
      ScrollPane box = new ScrollPane(text);
      box.getStyleClass().add("walkthrough-excerpt");
      box.setVbarPolicy(ScrollBarPolicy.NEVER);
      box.setHbarPolicy(ScrollBarPolicy.AS_NEEDED);
      box.setFitToHeight(true);
      lines.getChildren().addAll(path, box);
    }
  }

  /** The lines without the indentation they all share. */
  static String dedented(String text) {
    int common = Integer.MAX_VALUE;
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        common = Math.min(common, line.length() - line.stripLeading().length());
      }
    }
    if (common == Integer.MAX_VALUE || common == 0) {
      return text;
    }
    StringBuilder b = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      b.append(line.length() >= common ? line.substring(common) : line.stripLeading()).append('\n');
    }
    return b.substring(0, b.length() - 1);
  }

  private static String fileName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private static Label wrapped(String style) {
    Label l = new Label();
    l.setWrapText(true);
    l.getStyleClass().add(style);
    return l;
  }

  private static Button button(String text, String tip, String id, Runnable action) {
    Button b = new Button(text);
    b.setTooltip(new javafx.scene.control.Tooltip(tip));
    b.setId(id);
    b.setMinWidth(Region.USE_PREF_SIZE);
    b.setFocusTraversable(false);
    b.setOnAction(e -> action.run());
    return b;
  }
}
