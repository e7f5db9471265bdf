package dev.policydesigner.app.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.app.matrix.MatrixWindow;
import dev.policydesigner.model.example.Examples;
import java.nio.file.Path;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Tools → Connectivity Matrix… opens the table; typing in the search narrows it. */
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
  void theMatrixOpensFromTheToolsMenuAndItsSearchNarrowsTheRows(FxRobot robot) {
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
    robot.clickOn(search).write("9001");
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(
        table.getItems().size() >= 1 && table.getItems().size() < all, table.getItems() + "");
    robot.interact(() -> ((MatrixWindow) table.getScene().getWindow()).close());
  }
}
