package dev.policydesigner.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.export.testing.TestData;
import dev.policydesigner.model.example.Examples;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The status bar, the legend, and the checkout each diagram remembers. */
@ExtendWith(ApplicationExtension.class)
class StatusAndLegendTest {
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

  private String text(FxRobot robot, String id) {
    WaitForAsyncUtils.waitForFxEvents();
    return robot.lookup(id).queryAs(Labeled.class).getText();
  }

  @Test
  void theStatusBarShowsSelectionZoomAndCheckoutAndTheDiagramRemembersItsCheckout(FxRobot robot)
      throws Exception {
    DocumentView view = window.active().orElseThrow();
    assertTrue(text(robot, "#status-zoom").endsWith(" %"), text(robot, "#status-zoom"));
    assertEquals("No checkout chosen", text(robot, "#status-checkout"));
    robot.interact(() -> view.document().selection().selectOnly("rustfs"));
    assertEquals("Selected: RustFS", text(robot, "#status-selection"));

    Path file = tmp.resolve("rustfs.flows.yaml");
    Path repo = TestData.copySampleRepo(tmp);
    robot.interact(() -> window.fileActions().saveTo(view.document(), file));
    robot.interact(() -> window.fileActions().showPlan(view, repo));
    assertEquals("Checkout: sample-repo", text(robot, "#status-checkout"));
    Button write = robot.lookup("#export-write").queryAs(Button.class);
    assertFalse(write.isDisabled(), "the plan has files to write");

    robot.interact(() -> window.fileActions().openFile(file));
    DocumentView reopened = window.active().orElseThrow();
    assertTrue(reopened != view);
    assertEquals(repo.toAbsolutePath().normalize(), reopened.document().repoProperty().get());
    assertFalse(reopened.export().files().isEmpty(), "planned into the remembered checkout");
  }

  @Test
  void theZoomAndTheSelectedNamesFollowEveryChangeNotOnlyTheFirst(FxRobot robot) {
    DocumentView view = window.active().orElseThrow();
    for (int i = 0; i < 4; i++) {
      robot.interact(() -> view.canvas().zoomBy(1.25));
      String expected = Math.round(view.canvas().zoom() * 100) + " %";
      assertEquals(expected, text(robot, "#status-zoom"), "after zoom step " + (i + 1));
    }
    robot.interact(() -> view.document().selection().selectOnly("rustfs"));
    for (String name : new String[] {"Object store", "S3 store"}) {
      robot.interact(
          () ->
              view.document()
                  .perform(
                      new dev.policydesigner.model.edit.ReplaceDiagramEdit(
                          "Rename",
                          d ->
                              d.withNodes(
                                  d.nodes().stream()
                                      .map(
                                          n ->
                                              n.id().equals("rustfs")
                                                  ? ((dev.policydesigner.model.Workload) n)
                                                      .withName(name)
                                                  : n)
                                      .toList()))));
      assertEquals("Selected: " + name, text(robot, "#status-selection"));
    }
  }

  @Test
  void theLegendOpensFromItsButton(FxRobot robot) {
    Node card = robot.lookup(".legend-card").query();
    assertFalse(card.isVisible());
    robot.clickOn("#legend-toggle");
    assertTrue(card.isVisible());
    assertTrue(robot.lookup("Guarded flow: only if a flag holds").tryQuery().isPresent());
    assertTrue(robot.lookup("Dropped").tryQuery().isPresent());
  }
}
