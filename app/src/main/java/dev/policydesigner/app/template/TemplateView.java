package dev.policydesigner.app.template;

import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Rectangle;
import javafx.util.StringConverter;

/**
 * The live template of the selected subject's file (or of any file picked in the header), with
 * syntax colouring. A line asked for (a problem's rule, a walkthrough step) is scrolled into view
 * and marked.
 */
public final class TemplateView extends BorderPane {
  private final HighlightedText flow = new HighlightedText("template-text");
  private final Rectangle mark = new Rectangle();
  private final ScrollPane scroll;
  private int markedLine;

  public TemplateView(TemplateViewModel model) {
    getStyleClass().add("template-view");
    ComboBox<String> picker = new ComboBox<>(model.files());
    picker.setId("template-file");
    picker.getStyleClass().add("template-file");
    picker.setConverter(new FileNames());
    picker.setTooltip(new Tooltip("Show another file of the diagram"));
    picker.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.files()));
    picker.managedProperty().bind(picker.visibleProperty());
    picker.setValue(model.pathProperty().get());
    model.pathProperty().addListener((o, a, p) -> picker.setValue(p));
    picker.valueProperty().addListener((o, a, p) -> model.showFile(p));
    Label path = new Label();
    path.getStyleClass().add("template-path");
    path.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
    path.setMinWidth(0);
    path.textProperty().bind(model.pathProperty());
    path.tooltipProperty()
        .bind(
            javafx.beans.binding.Bindings.createObjectBinding(
                () -> new Tooltip(model.pathProperty().get()), model.pathProperty()));
    HBox.setHgrow(path, Priority.ALWAYS);
    HBox header = new HBox(8, picker, path);
    header.setAlignment(Pos.CENTER_LEFT);
    header.getStyleClass().add("template-header");
    mark.getStyleClass().add("template-line-mark");
    mark.setManaged(false);
    mark.setVisible(false);
    Pane content = new Pane(mark, flow);
    scroll = new ScrollPane(content);
    scroll.getStyleClass().add("template-scroll");
    setTop(header);
    setCenter(scroll);
    model.textProperty().addListener((o, a, text) -> show(text));
    model.pathProperty().addListener((o, a, p) -> unmark());
    model.setOnLine(this::showLine);
    show(model.textProperty().get());
  }

  private void show(String text) {
    flow.show(text);
    if (markedLine > 0) {
      flow.applyCss();
      flow.layout();
      place(markedLine);
    }
  }

  private void unmark() {
    markedLine = 0;
    mark.setVisible(false);
  }

  /** Scrolls line {@code line} (1-based) to the upper third of the view and marks it. */
  public void showLine(int line) {
    markedLine = line;
    applyCss();
    layout();
    Bounds b = place(line);
    if (b == null) {
      return;
    }
    double content = flow.getBoundsInParent().getHeight();
    double view = scroll.getViewportBounds().getHeight();
    double top = Math.max(0, b.getMinY() - view / 3);
    scroll.setVvalue(content <= view ? 0 : Math.min(1, top / (content - view)));
  }

  /** The marked line, 0 when none. */
  public int markedLine() {
    return markedLine;
  }

  private Bounds place(int line) {
    int offset = offsetOf(flow.text(), line);
    if (offset < 0) {
      mark.setVisible(false);
      return null;
    }
    PathElement[] caret = flow.caretShape(offset, true);
    javafx.scene.shape.Path p = new javafx.scene.shape.Path(caret);
    Bounds b = p.getBoundsInLocal();
    mark.setX(0);
    mark.setY(flow.getLayoutY() + b.getMinY());
    mark.setWidth(Math.max(flow.getWidth(), scroll.getViewportBounds().getWidth()));
    mark.setHeight(Math.max(1, b.getHeight()));
    mark.setVisible(true);
    return new javafx.geometry.BoundingBox(0, mark.getY(), mark.getWidth(), mark.getHeight());
  }

  private static int offsetOf(String text, int line) {
    int offset = 0;
    for (int i = 1; i < line; i++) {
      offset = text.indexOf('\n', offset);
      if (offset < 0) {
        return -1;
      }
      offset++;
    }
    return offset <= text.length() ? offset : -1;
  }

  /** The plain text shown. */
  public String text() {
    return flow.text();
  }

  /** A path as its file name in the picker. */
  private static final class FileNames extends StringConverter<String> {
    @Override
    public String toString(String path) {
      return path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
    }

    @Override
    public String fromString(String name) {
      return name;
    }
  }
}
