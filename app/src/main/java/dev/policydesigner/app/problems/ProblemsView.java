package dev.policydesigner.app.problems;

import dev.policydesigner.app.canvas.Glyphs;
import dev.policydesigner.icons.Icon;
import dev.policydesigner.model.check.Problem;
import dev.policydesigner.model.check.Severity;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The problems as a table with a severity icon; clicking one selects its node or flow, and <i>Quick
 * fix</i> (button or context menu) repairs it as one undoable edit.
 */
public final class ProblemsView extends BorderPane {
  private static final KeyCombination COPY = KeyCombination.keyCombination("Shortcut+C");
  private final TableView<Problem> table;
  private Consumer<Problem> onOpen = p -> {};

  public ProblemsView(ProblemsViewModel model) {
    getStyleClass().add("problems-view");
    table = new TableView<>(model.problems());
    table.setId("problems");
    table.setPlaceholder(new Label("No problems found."));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.getColumns().add(severityColumn());
    table.getColumns().add(textColumn("Code", 170, Problem::code));
    TableColumn<Problem, String> location = textColumn("Location", 300, Problem::where);
    location.setCellFactory(col -> new LocationCell());
    table.getColumns().add(location);
    table.getColumns().add(messageColumn());
    table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
    table.getSelectionModel().selectedItemProperty().addListener((o, a, p) -> model.reveal(p));
    table.setRowFactory(
        t -> {
          TableRow<Problem> row = new TableRow<>();
          row.setOnMouseClicked(
              e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                  onOpen.accept(row.getItem());
                }
              });
          return row;
        });
    table.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    Button fix = new Button("Quick fix");
    fix.setId("quick-fix");
    var selected = table.getSelectionModel().selectedItemProperty();
    fix.disableProperty()
        .bind(Bindings.createBooleanBinding(() -> !hasFix(selected.get()), selected));
    fix.setOnAction(e -> model.applyFix(selected.get()));
    Label fixText = new Label();
    fixText.getStyleClass().add("quick-fix-text");
    fixText
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> hasFix(selected.get()) ? selected.get().fix().get().description() : "",
                selected));
    Label count = new Label();
    count.getStyleClass().add("problems-count");
    count
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> Problem.summary(model.problems()), model.problems()));
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    HBox bar = new HBox(8, count, gap, fixText, fix);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.getStyleClass().add("problems-bar");
    setTop(bar);
    setCenter(table);
    setBottom(detail(selected));
    installContextMenu(model);
  }

  /** The selected problem's whole message, wrapped: the table's column cuts long ones short. */
  private static Label detail(javafx.beans.value.ObservableValue<Problem> selected) {
    Label detail = new Label();
    detail.setId("problem-detail");
    detail.getStyleClass().add("problem-detail");
    detail.setWrapText(true);
    detail.setMaxWidth(Double.MAX_VALUE);
    detail
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    selected.getValue() == null
                        ? "Select a problem to read it in full; double-click it (or Enter) to show"
                            + " its node or flow and its template line."
                        : selected.getValue().message(),
                selected));
    return detail;
  }

  private void keyPressed(KeyEvent e) {
    Problem p = table.getSelectionModel().getSelectedItem();
    if (e.getCode() == KeyCode.ENTER && p != null) {
      onOpen.accept(p);
      e.consume();
    } else if (COPY.match(e)) {
      copySelected();
      e.consume();
    }
  }

  /** What double-click or Enter on a problem does (show its element and rule). */
  public void setOnOpen(Consumer<Problem> handler) {
    onOpen = handler;
  }

  /** Puts the selected problems on the clipboard as {@code check} prints them. */
  public String copySelected() {
    StringBuilder text = new StringBuilder();
    table.getSelectionModel().getSelectedItems().forEach(p -> text.append(p.report()));
    ClipboardContent content = new ClipboardContent();
    content.putString(text.toString());
    Clipboard.getSystemClipboard().setContent(content);
    return text.toString();
  }

  private void installContextMenu(ProblemsViewModel model) {
    MenuItem fix = new MenuItem("Quick fix");
    fix.setId("quick-fix-menu");
    fix.setOnAction(e -> model.applyFix(table.getSelectionModel().getSelectedItem()));
    MenuItem show = new MenuItem("Show in diagram and template");
    show.setId("problem-show");
    show.setOnAction(e -> onOpen.accept(table.getSelectionModel().getSelectedItem()));
    // no accelerator: a context menu's accelerator would take Ctrl+C from the whole window
    MenuItem copy = new MenuItem("Copy as text (Ctrl+C)");
    copy.setId("problem-copy");
    copy.setOnAction(e -> copySelected());
    ContextMenu menu = new ContextMenu(fix, show, copy);
    menu.setOnShowing(
        e -> {
          Problem p = table.getSelectionModel().getSelectedItem();
          fix.setDisable(!hasFix(p));
          fix.setText(hasFix(p) ? "Quick fix: " + p.fix().get().description() : "Quick fix");
        });
    table.setContextMenu(menu);
  }

  private static boolean hasFix(Problem p) {
    return p != null && p.fix().isPresent();
  }

  private static TableColumn<Problem, Severity> severityColumn() {
    TableColumn<Problem, Severity> c = new TableColumn<>("");
    c.setCellValueFactory(p -> new ReadOnlyObjectWrapper<>(p.getValue().severity()));
    c.setCellFactory(col -> new SeverityCell());
    c.setMinWidth(32);
    c.setMaxWidth(32);
    c.setResizable(false);
    return c;
  }

  private static TableColumn<Problem, String> textColumn(
      String title, double width, java.util.function.Function<Problem, String> value) {
    TableColumn<Problem, String> c = new TableColumn<>(title);
    c.setCellValueFactory(p -> new ReadOnlyStringWrapper(value.apply(p.getValue())));
    c.setPrefWidth(width);
    return c;
  }

  private static TableColumn<Problem, String> messageColumn() {
    TableColumn<Problem, String> c = textColumn("Problem", 600, Problem::message);
    c.setCellFactory(col -> new TooltipCell(OverrunStyle.ELLIPSIS));
    return c;
  }

  /**
   * The file name and line, with the folders that tell it from the other files listed (cut at the
   * front, so the line stays in view); the whole place as tooltip.
   */
  private static final class LocationCell extends TableCell<Problem, String> {
    LocationCell() {
      setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
      super.updateItem(item, empty);
      boolean none = empty || item == null || item.isEmpty();
      setText(none ? null : PlaceNames.shortName(item, files()));
      setTooltip(none ? null : new Tooltip(item));
    }

    private Set<String> files() {
      Set<String> files = new HashSet<>();
      for (Problem p : getTableView().getItems()) {
        if (p.file() != null) {
          files.add(p.file());
        }
      }
      return files;
    }
  }

  /** Text cut where it overruns, in full as tooltip. */
  private static final class TooltipCell extends TableCell<Problem, String> {
    TooltipCell(OverrunStyle overrun) {
      setTextOverrun(overrun);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
      super.updateItem(item, empty);
      setText(empty ? null : item);
      setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
    }
  }

  /** A severity icon with the severity as tooltip. */
  private static final class SeverityCell extends TableCell<Problem, Severity> {
    @Override
    protected void updateItem(Severity item, boolean empty) {
      super.updateItem(item, empty);
      if (empty || item == null) {
        setGraphic(null);
        setTooltip(null);
        return;
      }
      setGraphic(Glyphs.icon(icon(item), Icon.SMALL));
      setTooltip(new Tooltip(item.noun()));
      setAlignment(Pos.CENTER);
    }

    private static Icon icon(Severity s) {
      if (s == Severity.ERROR) {
        return Icon.ERROR;
      }
      return s == Severity.WARNING ? Icon.WARNING : Icon.INFO;
    }
  }

  /** The table, for tests. */
  public TableView<Problem> table() {
    return table;
  }
}
