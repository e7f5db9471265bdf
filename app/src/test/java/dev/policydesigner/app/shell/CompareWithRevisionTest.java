package dev.policydesigner.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.app.canvas.CanvasView;
import dev.policydesigner.app.canvas.ChangedEdgeView;
import dev.policydesigner.app.canvas.Mark;
import dev.policydesigner.export.plan.Exporter;
import dev.policydesigner.export.repo.RepoCheckout;
import dev.policydesigner.export.template.TemplateWriter;
import dev.policydesigner.export.testing.RustfsChanges;
import dev.policydesigner.export.testing.TestData;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.Position;
import dev.policydesigner.model.example.Examples;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.css.PseudoClass;
import javafx.scene.control.TextArea;
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

/**
 * File → Compare with revision…: the checkout's last commit holds the RustFS example as exported;
 * the diagram in the window has gained a consumer (Trino) and lost the gateway's console flow. The
 * new flow is coloured added, the flows into RustFS that the namespace-wide NetworkPolicy now
 * admits on fewer ports are coloured removed, and the deleted flow is drawn as a removed connection
 * between its two cards; View → Clear comparison takes it all off again.
 */
@ExtendWith(ApplicationExtension.class)
class CompareWithRevisionTest {
  private static final PseudoClass REMOVED_EDGE = PseudoClass.getPseudoClass("removed");

  @TempDir Path tmp;
  private final WindowFixture fixture = new WindowFixture();
  private MainWindow window;

  @Start
  void start(Stage stage) {
    window = fixture.open(stage, tmp, changed(Examples.rustfs()));
  }

  @AfterEach
  void tearDown() {
    fixture.dispose();
  }

  @Test
  void changedFlowsAreColouredAndADeletedFlowIsDrawnBetweenItsCards(FxRobot robot)
      throws Exception {
    Path repo = TestData.copySampleRepo(tmp.resolve("repo"));
    Exporter exporter = new Exporter();
    exporter.apply(
        exporter.plan(Examples.rustfs(), RepoCheckout.open(repo), new TemplateWriter()::write),
        true);
    Git.commitAll(repo);
    DocumentView view = window.active().orElseThrow();
    robot.interact(() -> view.document().repoProperty().set(repo));
    CanvasView canvas = view.canvas();

    robot.clickOn("_File").clickOn("#menu-compare-with-revision");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("HEAD", robot.lookup("#compare-revision").queryTextInputControl().getText());
    robot.type(KeyCode.ENTER);
    WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !canvas.overlay().changes().isEmpty());
    WaitForAsyncUtils.waitForFxEvents();

    assertTrue(
        onFx(() -> canvas.marks("trino-to-rustfs")).contains(Mark.ADDED), "the new flow is added");
    assertTrue(
        onFx(() -> canvas.marks("loki-to-rustfs")).contains(Mark.REMOVED),
        "9001 no longer admitted");
    Set<Mark> dns = onFx(() -> canvas.marks("rustfs-to-kube-dns"));
    assertTrue(
        Collections.disjoint(dns, Set.of(Mark.ADDED, Mark.REMOVED, Mark.CHANGED)), "DNS: " + dns);
    List<ChangedEdgeView> edges = onFx(canvas.overlay()::changedEdges);
    assertEquals(1, edges.size(), edges.toString());
    ChangedEdgeView deleted = edges.get(0);
    assertEquals("gateway", deleted.change().from());
    assertEquals("rustfs", deleted.change().to());
    assertTrue(deleted.getPseudoClassStates().contains(REMOVED_EDGE));
    assertEquals("− 9000-9001/TCP", deleted.label().getText());
    TextArea report = robot.lookup("#compare-report").queryAs(TextArea.class);
    assertTrue(report.getText().contains("analytics"), report.getText());
    robot.interact(() -> report.getScene().getWindow().hide());

    robot.clickOn("_View").clickOn("#menu-clear-comparison");
    WaitForAsyncUtils.waitForFxEvents();
    assertFalse(onFx(() -> canvas.marks("trino-to-rustfs")).contains(Mark.ADDED));
    assertFalse(onFx(() -> canvas.marks("loki-to-rustfs")).contains(Mark.REMOVED));
    assertEquals(List.of(), onFx(canvas.overlay()::changedEdges));
  }

  /** Asks the canvas on the FX thread, where it lays out and paints. */
  private static <T> T onFx(java.util.concurrent.Callable<T> question) {
    return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(question));
  }

  /** The example with Trino reading RustFS and without the gateway's console flow. */
  private static Diagram changed(Diagram rustfs) {
    Diagram withTrino = RustfsChanges.withTrino(rustfs, new Position(40, 40));
    List<Flow> flows = new ArrayList<>(withTrino.flows());
    flows.removeIf(f -> f.from().equals("gateway") && f.to().equals("rustfs"));
    return withTrino.withFlows(flows);
  }

  /** Commits a working tree with git. */
  private static final class Git {
    static void commitAll(Path repo) throws Exception {
      run(repo, "init", "-q");
      run(repo, "add", "-A");
      run(repo, "-c", "user.email=t@example.org", "-c", "user.name=t", "commit", "-q", "-m", "a");
    }

    private static void run(Path repo, String... args) throws Exception {
      List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString()));
      command.addAll(List.of(args));
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes());
      assertEquals(0, p.waitFor(), out);
    }
  }
}
