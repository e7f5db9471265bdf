package dev.policydesigner.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.app.canvas.CanvasView;
import dev.policydesigner.app.canvas.Mark;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.Workload;
import dev.policydesigner.model.check.Problem;
import dev.policydesigner.model.example.Examples;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javafx.scene.control.CheckBox;
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

/** Ctrl+F finds nodes by label and selects them; the filter by problem code shows their nodes. */
@ExtendWith(ApplicationExtension.class)
class FindAndFilterTest {
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

  @Test
  void ctrlFFindsANodeByItsLabelAndEnterSelectsIt(FxRobot robot) {
    DocumentView view = window.active().orElseThrow();
    CanvasView canvas = view.canvas();
    Workload target =
        hubble.nodes().stream()
            .filter(n -> n instanceof Workload w && !w.labels().isEmpty())
            .map(Workload.class::cast)
            .filter(w -> count(w.labels().get(0).key() + "=" + w.labels().get(0).value()) == 1)
            .findFirst()
            .orElseThrow();
    String label = target.labels().get(0).key() + "=" + target.labels().get(0).value();

    robot.clickOn(canvas);
    robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
    robot.write(label);
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(canvas.marks(target.id()).contains(Mark.FOUND), "found as the text is typed");
    for (Node n : hubble.nodes()) {
      if (!n.id().equals(target.id())) {
        assertFalse(canvas.marks(n.id()).contains(Mark.FOUND), n.id() + " does not match");
      }
    }

    robot.type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(Set.of(target.id()), view.document().selection().ids(), "Enter selects it");

    robot.type(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();
    assertFalse(canvas.marks(target.id()).contains(Mark.FOUND), "Esc clears the marks");
  }

  private long count(String label) {
    return hubble.nodes().stream()
        .filter(
            n ->
                n instanceof Workload w
                    && w.labels().stream()
                        .anyMatch(l -> (l.key() + "=" + l.value()).contains(label)))
        .count();
  }

  @Test
  void aFilterByProblemCodeShowsExactlyTheNodesWithThoseFindings(FxRobot robot) {
    DocumentView view = window.active().orElseThrow();
    CanvasView canvas = view.canvas();
    Problem problem =
        view.problems().problems().stream()
            .filter(p -> p.nodeId() != null || p.from() != null)
            .findFirst()
            .orElseThrow();
    Set<String> named = new HashSet<>();
    for (Problem p : view.problems().problems()) {
      if (p.code().equals(problem.code())) {
        for (String id : new String[] {p.nodeId(), p.from(), p.to()}) {
          if (id != null) {
            named.add(id);
          }
        }
      }
    }
    assertTrue(named.size() < hubble.nodes().size(), "some nodes have no such finding");

    robot.interact(view::toggleFilterPanel);
    robot.clickOn("#filter-problem-" + problem.code());
    WaitForAsyncUtils.waitForFxEvents();

    assertTrue(
        robot.lookup("#filter-problem-" + problem.code()).queryAs(CheckBox.class).isSelected());
    for (Node n : hubble.nodes()) {
      assertEquals(named.contains(n.id()), canvas.isShown(n.id()), n.id());
    }

    robot.clickOn("#filter-clear");
    WaitForAsyncUtils.waitForFxEvents();
    hubble.nodes().forEach(n -> assertTrue(canvas.isShown(n.id()), n.id() + " shown again"));
  }
}
