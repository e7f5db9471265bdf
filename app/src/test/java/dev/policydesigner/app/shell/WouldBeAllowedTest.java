package dev.policydesigner.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.policydesigner.model.example.Examples;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class WouldBeAllowedTest {
  @TempDir Path tmp;
  private final WindowFixture fixture = new WindowFixture();
  private MainWindow window;

  @Start
  void start(Stage stage) {
    window = fixture.open(stage, tmp, Examples.hubble());
  }

  @AfterEach
  void tearDown() {
    fixture.dispose();
  }

  @Test
  void theShortcutAsksAboutTheTwoSelectedNodesAndTheAnswerFollowsTheFlags(FxRobot robot) {
    robot.interact(
        () ->
            window
                .active()
                .orElseThrow()
                .document()
                .selection()
                .set(List.of("prometheus", "hubble-relay")));
    robot.clickOn("#canvas");
    robot.interact(
        () ->
            window
                .active()
                .orElseThrow()
                .document()
                .selection()
                .set(List.of("prometheus", "hubble-relay")));
    robot.push(KeyCode.CONTROL, KeyCode.T);
    WaitForAsyncUtils.waitForFxEvents();
    Label headline = robot.lookup("#allowed-headline").queryAs(Label.class);
    assertEquals("ALLOWED", headline.getText());

    robot.clickOn("#allowed-flag-monitoring_enabled");
    WaitForAsyncUtils.waitForFxEvents();

    assertEquals("DENIED", headline.getText());
    robot.clickOn("Close");
  }
}
