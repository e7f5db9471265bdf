package dev.policydesigner.app.matrix;

import dev.policydesigner.model.engine.Mode;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** A window showing the connectivity matrix as a table, with mode, filter and search. */
public final class MatrixWindow extends Stage {
  private static final KeyCombination CLOSE =
      new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN);
  private final TableView<MatrixRow> table = new TableView<>();
  // bidirectional bindings hold their properties weakly: the window keeps its model alive
  private final MatrixViewModel model;

  /** A window over {@code model}, owned by {@code owner}. */
  public MatrixWindow(Window owner, MatrixViewModel model) {
    this.model = model;
    initOwner(owner);
    setTitle("Connectivity matrix");
    ChoiceBox<Mode> mode = new ChoiceBox<>();
    mode.getItems().setAll(Mode.values());
    mode.valueProperty().bindBidirectional(model.modeProperty());
    mode.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(Mode m) {
            return m == null ? "" : m.value();
          }

          @Override
          public Mode fromString(String text) {
            return Mode.parse(text).orElse(null);
          }
        });
    mode.setId("matrix-mode");
    ChoiceBox<MatrixViewModel.RowFilter> filter = new ChoiceBox<>();
    filter.getItems().setAll(MatrixViewModel.RowFilter.values());
    filter.valueProperty().bindBidirectional(model.filterProperty());
    filter.setId("matrix-filter");
    TextField search = new TextField();
    search.setPromptText("Search source, destination or port");
    search.textProperty().bindBidirectional(model.searchProperty());
    search.setId("matrix-search");
    HBox.setHgrow(search, Priority.ALWAYS);
    HBox top = new HBox(8, new Label("Mode"), mode, filter, search);
    top.setPadding(new Insets(8));
    table.setItems(model.rows());
    table.getColumns().add(column("From", MatrixRow::from, 320));
    table.getColumns().add(column("To", MatrixRow::to, 320));
    table.getColumns().add(column("Ports", MatrixRow::ports, 220));
    table.setId("matrix-table");
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
    Label summary = new Label();
    summary.textProperty().bind(model.summaryProperty());
    summary.setId("matrix-summary");
    summary.setPadding(new Insets(6, 8, 8, 8));
    BorderPane root = new BorderPane(table, top, null, summary, null);
    Scene scene = new Scene(root, 900, 560);
    // Esc and Ctrl+W close it, as they close the designer's other windows and dialogs
    scene.addEventFilter(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == KeyCode.ESCAPE || CLOSE.match(e)) {
            e.consume();
            close();
          }
        });
    setScene(scene);
  }

  private static TableColumn<MatrixRow, String> column(
      String title, Function<MatrixRow, String> value, double w) {
    TableColumn<MatrixRow, String> c = new TableColumn<>(title);
    c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    c.setCellFactory(column -> new WholeTextCell());
    c.setPrefWidth(w);
    return c;
  }

  /** A cell whose tooltip holds its whole text: long selectors are cut in the column. */
  private static final class WholeTextCell extends TableCell<MatrixRow, String> {
    @Override
    protected void updateItem(String item, boolean empty) {
      super.updateItem(item, empty);
      setText(empty ? null : item);
      setTooltip(empty || item == null ? null : new Tooltip(item));
    }
  }

  /** The view-model shown. */
  public MatrixViewModel model() {
    return model;
  }

  /** The table, for tests. */
  public TableView<MatrixRow> table() {
    return table;
  }
}
