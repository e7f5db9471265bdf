package dev.policydesigner.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.model.example.Examples;
import java.nio.file.Path;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window opens with the inspector as wide and the bottom tabs as high as they were left. */
@ExtendWith(ApplicationExtension.class)
class PaneSizesTest {
  @TempDir Path tmp;
  private final WindowFixture fixture = new WindowFixture();
  private MainWindow first;

  @Start
  void start(Stage stage) {
    first = fixture.open(stage, tmp, Examples.hubble());
  }

  @AfterEach
  void tearDown() {
    fixture.dispose();
  }

  private static Region bottom(DocumentView view) {
    return (Region) view.getItems().get(1);
  }

  private static Region inspector(DocumentView view) {
    SplitPane top = (SplitPane) view.getItems().get(0);
    return (Region) top.getItems().get(top.getItems().size() - 1);
  }

  @Test
  void aNewWindowOpensWithTheInspectorAndTheBottomTabsAsTheyWereLeft(FxRobot robot) {
    DocumentView view = first.active().orElseThrow();
    robot.interact(
        () -> {
          view.setDividerPosition(0, 0.45);
          ((SplitPane) view.getItems().get(0)).setDividerPosition(0, 0.5);
        });
    WaitForAsyncUtils.waitForFxEvents();
    double bottom = bottom(view).getHeight();
    double inspector = inspector(view).getWidth();
    assertTrue(bottom > 0.5 * view.getHeight(), "dragged higher than it opens: " + bottom);
    assertTrue(inspector > 0.45 * view.getWidth(), "dragged wider than it opens: " + inspector);

    MainWindow[] second = new MainWindow[1];
    robot.interact(() -> second[0] = fixture.open(new Stage(), tmp, Examples.rustfs()));
    WaitForAsyncUtils.waitForFxEvents();
    DocumentView other = second[0].active().orElseThrow();
    assertEquals(bottom, bottom(other).getHeight(), 8, "the bottom tabs' height");
    assertEquals(inspector, inspector(other).getWidth(), 8, "the inspector's width");
  }
}
