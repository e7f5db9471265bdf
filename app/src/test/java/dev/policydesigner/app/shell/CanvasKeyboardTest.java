package dev.policydesigner.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.app.canvas.NodeCardView;
import dev.policydesigner.app.document.Document;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.Position;
import dev.policydesigner.model.Workload;
import dev.policydesigner.model.example.Examples;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.control.TextField;
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

/** The canvas takes the keyboard once clicked: nudges, rename, copy, paste, duplicate. */
@ExtendWith(ApplicationExtension.class)
class CanvasKeyboardTest {
  @TempDir Path tmp;
  private final WindowFixture fixture = new WindowFixture();
  private MainWindow window;

  @Start
  void start(Stage stage) {
    window = fixture.open(stage, tmp, Examples.hubble(), Examples.rustfs());
  }

  @AfterEach
  void tearDown() {
    fixture.dispose();
  }

  private Document document() {
    return window.active().orElseThrow().document();
  }

  /** A card, looked up on the FX thread (where the canvas paints). */
  private NodeCardView card(String id) {
    return WaitForAsyncUtils.waitForAsyncFx(
        10_000, () -> window.active().orElseThrow().canvas().card(id));
  }

  private Position at(String id) {
    return document().current().node(id).orElseThrow().position();
  }

  @Test
  void arrowsNudgeTheClickedNodeShiftTenTimesAndTheDiagramTabStays(FxRobot robot) {
    DocumentView hubble = window.active().orElseThrow();
    Position before = at("hubble-ui");
    robot.clickOn(card("hubble-ui").body());
    assertTrue(hubble.canvas().isFocused(), "a click gives the canvas the keyboard");

    robot.type(KeyCode.RIGHT);
    assertSame(hubble, window.active().orElseThrow(), "the diagram tab did not change");
    assertEquals(before.x() + CanvasKeys.STEP, at("hubble-ui").x(), 1e-9);
    robot.push(KeyCode.SHIFT, KeyCode.DOWN);
    assertEquals(before.y() + CanvasKeys.STEP * 10, at("hubble-ui").y(), 1e-9);
    robot.type(KeyCode.LEFT);
    assertEquals(before.x(), at("hubble-ui").x(), 1e-9);
    assertSame(hubble, window.active().orElseThrow());
    assertEquals("Undo Move node", document().undoTextProperty().get());

    robot.push(KeyCode.CONTROL, KeyCode.Z);
    assertEquals(before.x() + CanvasKeys.STEP, at("hubble-ui").x(), 1e-9, "one press, one step");
    robot.push(KeyCode.CONTROL, KeyCode.Z);
    robot.push(KeyCode.CONTROL, KeyCode.Z);
    assertEquals(before, at("hubble-ui"));
  }

  @Test
  void copyAndPasteGiveNewIdsForNodesAndTheFlowsBetweenThemAsOneUndoStep(FxRobot robot) {
    Diagram original = document().current();
    robot.clickOn(card("hubble-ui").body());
    robot.press(KeyCode.SHIFT).clickOn(card("hubble-relay").body()).release(KeyCode.SHIFT);
    assertEquals(Set.of("hubble-ui", "hubble-relay"), Set.copyOf(document().selection().ids()));

    robot.push(KeyCode.CONTROL, KeyCode.C);
    robot.push(KeyCode.CONTROL, KeyCode.V);
    WaitForAsyncUtils.waitForFxEvents();

    Diagram pasted = document().current();
    assertEquals(original.nodes().size() + 2, pasted.nodes().size());
    assertEquals(original.flows().size() + 1, pasted.flows().size(), "the flow between the two");
    Workload copy = pasted.workload("hubble-ui-2").orElseThrow();
    Position from = original.node("hubble-ui").orElseThrow().position();
    assertEquals(from.x() + NodeClipboard.STEP, copy.position().x(), 1e-9);
    Flow flow = pasted.flows().get(pasted.flows().size() - 1);
    assertEquals("hubble-ui-2", flow.from());
    assertEquals("hubble-relay-2", flow.to());
    assertTrue(pasted.isSubject("hubble-ui-2"), "the copy of a subject gets its own policy");
    Set<String> ids = new HashSet<>(List.of("hubble-ui-2", "hubble-relay-2", flow.id()));
    assertEquals(ids, Set.copyOf(document().selection().ids()), "the pasted copies are selected");
    assertSame(window.documents().get(0), window.active().orElseThrow());

    robot.push(KeyCode.CONTROL, KeyCode.Z);
    assertEquals(original, document().current(), "one undo removes the whole paste");
  }

  @Test
  void duplicateCopiesTheSelectionBesideItAndSelectAllTakesEverything(FxRobot robot) {
    Diagram original = document().current();
    robot.clickOn(card("kube-dns").body());
    robot.push(KeyCode.CONTROL, KeyCode.D);
    Diagram after = document().current();
    assertEquals(original.nodes().size() + 1, after.nodes().size());
    assertNotEquals(
        original.node("kube-dns").orElseThrow().position(),
        after.node("kube-dns-2").orElseThrow().position());
    assertEquals(Set.of("kube-dns-2"), Set.copyOf(document().selection().ids()));
    assertTrue(document().undoTextProperty().get().startsWith("Undo Duplicate"));

    robot.push(KeyCode.CONTROL, KeyCode.A);
    assertEquals(after.nodes().size() + after.flows().size(), document().selection().ids().size());
  }

  @Test
  void f2PutsTheCursorInTheNameFieldAndRenamingIsOneStep(FxRobot robot) {
    robot.clickOn(card("kube-dns").body());
    robot.type(KeyCode.F2);
    TextField name = robot.lookup("#field-name").queryAs(TextField.class);
    assertTrue(name.isFocused(), "F2 moves the cursor into the Name field");
    assertEquals(name.getText().length(), name.getSelection().getLength(), "all selected");
    robot.write("CoreDNS").type(KeyCode.ENTER);
    assertEquals("CoreDNS", document().current().node("kube-dns").orElseThrow().name());
    assertFalse(document().current().nodes().stream().anyMatch(n -> n.name().equals("kube-dns")));
  }
}
