package dev.policydesigner.app.canvas;

import dev.policydesigner.app.document.Document;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;

/**
 * The search bar over the canvas (Ctrl+F): as you type, every card and arrow found is marked; Enter
 * (or the arrows) selects the next one and brings it into view, Shift+Enter the one before; Esc
 * closes the bar and clears the marks.
 */
final class FindBar extends HBox {
  private final CanvasView canvas;
  private final Document document;
  private final TextField field = new TextField();
  private final Label count = new Label();
  private CanvasSearch found = CanvasSearch.NONE;
  private int at = -1;

  FindBar(CanvasView canvas, Document document) {
    this.canvas = canvas;
    this.document = document;
    setId("find-bar");
    getStyleClass().add("find-bar");
    setAlignment(Pos.CENTER_LEFT);
    field.setId("find-field");
    field.setPromptText("Find: name, label, namespace, port");
    field.setPrefColumnCount(22);
    count.setId("find-count");
    count.getStyleClass().add("find-count");
    Button previous = button("▲", "find-previous", "Previous (Shift+Enter)");
    previous.setOnAction(e -> step(-1));
    Button next = button("▼", "find-next", "Next (Enter)");
    next.setOnAction(e -> step(1));
    Button close = button("✕", "find-close", "Close (Esc)");
    close.setOnAction(e -> close());
    getChildren().addAll(field, count, previous, next, close);
    field.textProperty().addListener((o, a, t) -> search(t));
    field.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ENTER) {
            step(e.isShiftDown() ? -1 : 1);
            e.consume();
          } else if (e.getCode() == KeyCode.ESCAPE) {
            close();
            e.consume();
          }
        });
    setVisible(false);
    setManaged(false);
  }

  private static Button button(String text, String id, String tip) {
    Button b = new Button(text);
    b.setId(id);
    b.getStyleClass().add("find-button");
    b.setTooltip(new javafx.scene.control.Tooltip(tip));
    b.setFocusTraversable(false);
    return b;
  }

  /** Shows the bar with the keyboard in its field; the text is kept, selected. */
  void open() {
    setVisible(true);
    field.requestFocus();
    field.selectAll();
    search(field.getText());
  }

  void close() {
    setVisible(false);
    found = CanvasSearch.NONE;
    canvas.overlay().setFound(java.util.Set.of());
    canvas.requestFocus();
  }

  private void search(String text) {
    found = CanvasSearch.of(document.current(), text);
    at = -1;
    canvas.overlay().setFound(found.all());
    int n = found.nodeIds().size();
    int flows = found.flowIds().size();
    count.setText(
        text.isBlank()
            ? ""
            : n == 0 && flows == 0
                ? "no match"
                : n + (n == 1 ? " node" : " nodes") + (flows == 0 ? "" : ", " + flows + " flows"));
  }

  /** Selects the next ({@code +1}) or previous ({@code -1}) node found and shows it. */
  private void step(int direction) {
    int n = found.nodeIds().size();
    if (n == 0) {
      return;
    }
    at = ((at + direction) % n + n) % n;
    String id = found.nodeIds().get(at);
    document.selection().selectOnly(id);
    canvas.centerOn(id);
    count.setText((at + 1) + " of " + n);
  }
}
