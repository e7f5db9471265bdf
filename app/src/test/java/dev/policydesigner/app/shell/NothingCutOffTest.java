package dev.policydesigner.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.export.testing.TestData;
import dev.policydesigner.model.example.Examples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Parent;
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

/** At 1366×768 every button shows all of its words, in each state of the window. */
@ExtendWith(ApplicationExtension.class)
class NothingCutOffTest {
  @TempDir Path tmp;
  private final WindowFixture fixture = new WindowFixture();
  private MainWindow window;
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    window = fixture.open(stage, tmp, Examples.hubble(), Examples.rustfs());
  }

  @AfterEach
  void tearDown() {
    fixture.dispose();
  }

  private List<String> cutButtons(FxRobot robot) {
    WaitForAsyncUtils.waitForFxEvents();
    robot.interact(
        () -> {
          Parent root = stage.getScene().getRoot();
          root.applyCss();
          root.layout();
        });
    WaitForAsyncUtils.waitForFxEvents();
    return TruncatedLabels.buttonsIn(stage.getScene().getRoot());
  }

  @Test
  void theWindowIs1366By768AndItsButtonsKeepTheirWords(FxRobot robot) {
    assertEquals(1366, stage.getScene().getWidth(), 0.5);
    assertEquals(768, stage.getScene().getHeight(), 0.5);
    assertEquals(List.of(), cutButtons(robot));
  }

  @Test
  void theWalkthroughHeaderKeepsItsWords(FxRobot robot) {
    DocumentView view = window.active().orElseThrow();
    robot.interact(view::startWalkthrough);
    assertEquals(List.of(), cutButtons(robot));
    Labeled next = robot.lookup("#walkthrough-next").queryAs(Labeled.class);
    assertEquals("Next ›", TruncatedLabels.shownText(next));
    Labeled progress = robot.lookup("#walkthrough-progress").queryAs(Labeled.class);
    assertEquals(progress.getText(), TruncatedLabels.shownText(progress));
  }

  @Test
  void theWalkthroughWidensItsPanelForTheCitedLinesAndLeavingGivesTheInspectorItsWidthBack(
      FxRobot robot) {
    DocumentView view = window.active().orElseThrow();
    javafx.scene.control.SplitPane top = (javafx.scene.control.SplitPane) view.getItems().get(0);
    double[] before = top.getDividerPositions();
    int last = top.getItems().size() - 1;
    double inspector = top.getItems().get(last).getLayoutBounds().getWidth();
    assertTrue(inspector < DocumentView.WALKTHROUGH_WIDTH, "narrower at first: " + inspector);
    robot.interact(view::startWalkthrough);
    cutButtons(robot);
    double panel = top.getItems().get(last).getLayoutBounds().getWidth();
    assertTrue(panel >= DocumentView.WALKTHROUGH_WIDTH - 1, "the narration's width: " + panel);
    // the second step (Hubble UI to kube-dns) cites lines that now fit without scrolling
    robot.interact(() -> view.walkthrough().orElseThrow().next());
    cutButtons(robot);
    for (javafx.scene.control.ScrollPane box :
        robot.lookup(".walkthrough-excerpt").queryAllAs(javafx.scene.control.ScrollPane.class)) {
      double content = box.getContent().getLayoutBounds().getWidth();
      double room = box.getViewportBounds().getWidth();
      assertTrue(content <= room + 0.5, content + " > " + room);
    }
    robot.interact(view::stopWalkthrough);
    assertEquals(before[last - 1], top.getDividerPositions()[last - 1], 0.001);
  }

  @Test
  void theExportButtonsKeepTheirWordsBesideALongStatusAndPathsShowTheirFileName(FxRobot robot)
      throws Exception {
    Path deep =
        Files.createDirectories(
            tmp.resolve("a-checkout-in-a-folder-with-a-rather-long-name/and/several/more/levels"));
    Path repo = TestData.copySampleRepo(deep);
    DocumentView view = window.active().orElseThrow();
    robot.interact(() -> window.fileActions().showPlan(view, repo));
    robot.interact(() -> view.showTab("tab-export"));
    String status = view.export().statusProperty().get();
    assertTrue(status.length() > 120, status);
    assertEquals(List.of(), cutButtons(robot));

    Labeled name = robot.lookup("#export-files .file-name").queryAs(Labeled.class);
    assertFalse(name.getText().contains("/"), "the file name alone: " + name.getText());
    assertEquals(name.getText(), TruncatedLabels.shownText(name));
    assertTrue(
        ((javafx.scene.control.ListCell<?>) name.getParent().getParent())
            .getTooltip()
            .getText()
            .startsWith("templates/config/kubernetes/apps/"),
        "the whole path as tooltip");
  }
}
