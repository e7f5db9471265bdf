package dev.policydesigner.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.app.canvas.CanvasView;
import dev.policydesigner.app.canvas.Mark;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.example.Examples;
import dev.policydesigner.model.walkthrough.Walkthrough;
import dev.policydesigner.model.walkthrough.WalkthroughStep;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
class WalkthroughModeTest {
  @TempDir Path tmp;
  private final WindowFixture fixture = new WindowFixture();
  private final Diagram hubble = Examples.hubble();
  private MainWindow window;

  @Start
  void start(Stage stage) {
    window = fixture.open(stage, tmp, hubble);
  }

  @AfterEach
  void tearDown() {
    fixture.dispose();
  }

  private String text(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(Label.class).getText();
  }

  @Test
  void walksTheHubbleFlowsOneByOneWithNarrationAndHighlight(FxRobot robot) {
    robot.clickOn("#tool-walkthrough");
    WaitForAsyncUtils.waitForFxEvents();
    List<WalkthroughStep> steps = Walkthrough.of(hubble, Walkthrough.Order.DIAGRAM).steps();
    assertEquals(hubble.flows().size(), steps.size());
    CanvasView canvas = window.active().orElseThrow().canvas();

    for (int i = 0; i < steps.size(); i++) {
      WalkthroughStep step = steps.get(i);
      assertEquals((i + 1) + " / " + steps.size(), text(robot, "#walkthrough-progress"));
      assertEquals(step.title(), text(robot, "#walkthrough-title"));
      assertEquals(step.narration(), text(robot, "#walkthrough-narration"));
      Flow flow = hubble.flow(step.flowId()).orElseThrow();
      assertTrue(canvas.marks(flow.id()).contains(Mark.LIT), flow.id() + " highlighted");
      for (Flow other : hubble.flows()) {
        if (!other.id().equals(flow.id())) {
          assertTrue(canvas.marks(other.id()).contains(Mark.DIMMED), other.id() + " dimmed");
        }
      }
      for (Node n : hubble.nodes()) {
        boolean end = n.id().equals(flow.from()) || n.id().equals(flow.to());
        assertEquals(end, canvas.marks(n.id()).contains(Mark.LIT), n.id());
        assertEquals(!end, canvas.marks(n.id()).contains(Mark.DIMMED), n.id());
      }
      robot.type(KeyCode.RIGHT);
      WaitForAsyncUtils.waitForFxEvents();
    }
    assertEquals(steps.size() + " / " + steps.size(), text(robot, "#walkthrough-progress"));
    assertTrue(
        text(robot, "#walkthrough-narration").contains("only when `"),
        "the narration names the condition");

    robot.type(KeyCode.HOME);
    assertEquals("1 / " + steps.size(), text(robot, "#walkthrough-progress"));
    robot.type(KeyCode.END);
    assertEquals(steps.size() + " / " + steps.size(), text(robot, "#walkthrough-progress"));
    robot.type(KeyCode.LEFT);
    assertEquals((steps.size() - 1) + " / " + steps.size(), text(robot, "#walkthrough-progress"));

    robot.type(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(robot.lookup("#walkthrough-panel").tryQuery().isEmpty(), "panel gone");
    for (Node n : hubble.nodes()) {
      assertFalse(canvas.marks(n.id()).contains(Mark.DIMMED), n.id() + " no longer dimmed");
    }
  }

  @Test
  void exportedWalkthroughReferencesImagesThatExist(FxRobot robot) throws Exception {
    Path out = tmp.resolve("docs");
    List<Path>[] written = new List[1];
    robot.interact(() -> written[0] = new WalkthroughExport(window).write(hubble, out));
    String markdown = Files.readString(out.resolve("walkthrough.md"));
    Matcher m = Pattern.compile("!\\[[^]]*]\\(([^)]+)\\)").matcher(markdown);
    int images = 0;
    while (m.find()) {
      Path image = out.resolve(m.group(1));
      assertTrue(Files.size(image) > 0, image + " is not empty");
      images++;
    }
    assertEquals(hubble.flows().size() + 1, images, "an overview and one image per step");
    assertEquals(images + 1, written[0].size());
  }
}
