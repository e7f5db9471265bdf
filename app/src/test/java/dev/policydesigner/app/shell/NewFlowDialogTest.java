package dev.policydesigner.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.app.canvas.NodeCardView;
import dev.policydesigner.app.document.Document;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The New flow dialog never turns an empty Ports field into a flow on every port. */
@ExtendWith(ApplicationExtension.class)
class NewFlowDialogTest {
  @TempDir Path tmp;
  private final WindowFixture fixture = new WindowFixture();
  private MainWindow window;

  @Start
  void start(Stage stage) {
    window = fixture.open(stage, tmp, Diagram.empty("new"));
  }

  @AfterEach
  void tearDown() {
    fixture.dispose();
  }

  private Document document() {
    return window.active().orElseThrow().document();
  }

  private void openDialog(FxRobot robot) {
    robot.clickOn("#palette-app");
    robot.clickOn("#palette-app");
    // looked up on the FX thread, where the canvas paints
    NodeCardView source =
        WaitForAsyncUtils.waitForAsyncFx(
            10_000, () -> window.active().orElseThrow().canvas().card("app"));
    NodeCardView target =
        WaitForAsyncUtils.waitForAsyncFx(
            10_000, () -> window.active().orElseThrow().canvas().card("app-2"));
    robot.drag(source.handle(), MouseButton.PRIMARY).dropTo(target.body());
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void enterOnAnEmptyPortsFieldIsRefusedAndSaysWhatToWrite(FxRobot robot) {
    openDialog(robot);
    robot.clickOn("#flow-ports").type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();

    DialogPane pane = robot.lookup(".flow-editor").queryAs(DialogPane.class);
    assertTrue(pane.getScene().getWindow().isShowing(), "the dialog stays open");
    assertTrue(((Button) pane.lookupButton(ButtonType.OK)).isDisabled());
    String hint = robot.lookup("#flow-ports-hint").queryAs(Labeled.class).getText();
    assertTrue(hint.contains("all ports"), hint);
    assertTrue(document().current().flows().isEmpty(), "no flow was added");

    robot.clickOn("#flow-ports").write("all ports").type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(1, document().current().flows().size());
    Flow flow = document().current().flows().get(0);
    assertTrue(flow.ports().isEmpty(), "every port, asked for in words");
  }

  @Test
  void portsTypedInTheDialogBecomeTheFlowsPorts(FxRobot robot) {
    openDialog(robot);
    robot.clickOn("#flow-ports").write("9000/TCP, 53/udp").type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    Flow flow = document().current().flows().get(0);
    assertEquals(2, flow.ports().size());
    assertFalse(flow.ports().isEmpty());
  }
}
