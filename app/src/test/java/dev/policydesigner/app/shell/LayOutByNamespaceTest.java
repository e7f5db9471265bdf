package dev.policydesigner.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.policydesigner.app.canvas.CanvasView;
import dev.policydesigner.app.document.Document;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.example.SyntheticCluster;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** View > Lay Out by Namespace on a diagram whose namespaces' cards are mixed up. */
@ExtendWith(ApplicationExtension.class)
class LayOutByNamespaceTest {
  @TempDir Path tmp;
  private final WindowFixture fixture = new WindowFixture();
  private MainWindow window;

  @Start
  void start(Stage stage) {
    Diagram cluster = new SyntheticCluster(4).generate(60, 150);
    window = fixture.open(stage, tmp, 1366, 768, cluster);
  }

  @AfterEach
  void tearDown() {
    fixture.dispose();
  }

  private Document document() {
    return window.active().orElseThrow().document();
  }

  /** The namespaces whose box is not drawn: their cards are not together. */
  private List<String> untitled(FxRobot robot) {
    CanvasView canvas = window.active().orElseThrow().canvas();
    List<String> untitled = new ArrayList<>();
    robot.interact(() -> untitled.addAll(canvas.paintedText().untitledNamespaces()));
    return untitled;
  }

  @Test
  void putsEveryNamespaceInATitledBoxAsOneStepToUndo(FxRobot robot) {
    robot.clickOn("View").clickOn("Auto Layout");
    WaitForAsyncUtils.waitForFxEvents();
    Diagram leftToRight = document().current();
    assertFalse(untitled(robot).isEmpty(), "left to right mixes the namespaces' cards");

    robot.clickOn("View").clickOn("Lay Out by Namespace");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(List.of(), untitled(robot), "every namespace in a box of its own, titled");
    assertNotEquals(leftToRight, document().current());
    assertEquals("Undo Lay out by namespace", document().undoTextProperty().get());

    robot.interact(() -> document().undo());
    assertEquals(leftToRight, document().current(), "one undo brings the layout before back");
  }
}
