package dev.policydesigner.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.app.matrix.MatrixRow;
import dev.policydesigner.app.matrix.MatrixViewModel;
import dev.policydesigner.app.matrix.MatrixWindow;
import dev.policydesigner.model.example.Examples;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Tools → Connectivity Matrix… opens the table; the search and the filter narrow it. */
@ExtendWith(ApplicationExtension.class)
class MatrixWindowTest {
  @TempDir Path tmp;
  private final WindowFixture fixture = new WindowFixture();
  private MainWindow window;

  @Start
  void start(Stage stage) {
    window = fixture.open(stage, tmp, Examples.rustfs());
  }

  @AfterEach
  void tearDown() {
    fixture.dispose();
  }

  @Test
  void theMatrixOpensFromTheToolsMenuAndItsSearchAndFilterNarrowTheRows(FxRobot robot) {
    robot.clickOn("_Tools").clickOn("#menu-connectivity-matrix");
    WaitForAsyncUtils.waitForFxEvents();
    TableView<?> table = robot.lookup("#matrix-table").queryAs(TableView.class);
    int all = table.getItems().size();
    assertTrue(all > 3, "rows: " + all);
    javafx.scene.control.TextField search =
        robot.lookup("#matrix-search").queryAs(javafx.scene.control.TextField.class);
    robot.interact(
        () -> {
          search.getScene().getWindow().requestFocus();
          search.requestFocus();
        });
    System.gc(); // the window keeps its view-model; bindings alone would let it go
    robot.clickOn(search).write("9001");
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(
        table.getItems().size() >= 1 && table.getItems().size() < all, table.getItems() + "");
    assertTrue(table.getItems().stream().allMatch(r -> r.toString().contains("9001")));

    robot.interact(search::clear);
    robot.clickOn("#matrix-filter").clickOn(MatrixViewModel.RowFilter.SOME_PORTS.toString());
    WaitForAsyncUtils.waitForFxEvents();
    List<MatrixRow> some = List.copyOf(rows(table));
    assertTrue(some.size() >= 1 && some.size() < all, some.toString());
    assertTrue(some.stream().noneMatch(MatrixRow::everyPort), some.toString());
    Label summary = robot.lookup("#matrix-summary").queryAs(Label.class);
    assertEquals(some.size() + " of " + all + " allowed pairs in enforce mode", summary.getText());
    robot.interact(() -> ((MatrixWindow) table.getScene().getWindow()).close());
  }

  @Test
  void eachCellShowsItsWholeTextAsATooltipAndEscapeClosesTheWindow(FxRobot robot) {
    robot.clickOn("_Tools").clickOn("#menu-connectivity-matrix");
    WaitForAsyncUtils.waitForFxEvents();
    TableView<?> table = robot.lookup("#matrix-table").queryAs(TableView.class);
    MatrixRow first = rows(table).get(0);
    TableCell<?, ?> from =
        robot
            .lookup(".table-cell")
            .match((TableCell<?, ?> c) -> first.from().equals(c.getText()))
            .queryAs(TableCell.class);
    assertEquals(first.from(), from.getTooltip().getText());
    ChoiceBox<?> mode = robot.lookup("#matrix-mode").queryAs(ChoiceBox.class);
    assertTrue(
        robot.lookup(".choice-box .label").queryAllAs(Label.class).stream()
            .anyMatch(l -> "enforce".equals(l.getText())),
        "the mode reads as in cluster.yaml: " + mode.getValue());

    Window matrix = table.getScene().getWindow();
    assertTrue(matrix.isShowing());
    robot.interact(matrix::requestFocus);
    robot.type(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();
    assertFalse(matrix.isShowing(), "Esc closes the matrix");
    assertTrue(window.stage().isShowing(), "and only the matrix");
  }

  @SuppressWarnings("unchecked")
  private static List<MatrixRow> rows(TableView<?> table) {
    return (List<MatrixRow>) table.getItems();
  }
}
