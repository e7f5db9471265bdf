package dev.policydesigner.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.app.document.Document;
import dev.policydesigner.app.inspector.ValidatedCell;
import dev.policydesigner.app.template.TemplateView;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.HttpRule;
import dev.policydesigner.model.example.Examples;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.TableCell;
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

/** The L7 editor of a flow adds HTTP rules that the Template tab writes, and refuses bad ones. */
@ExtendWith(ApplicationExtension.class)
class L7EditorTest {
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

  private String template(FxRobot robot) {
    TemplateView view = robot.from(window.active().orElseThrow()).lookup(".template-view").query();
    return view.text();
  }

  /** The cell of {@code column} in the first row of the HTTP rules. */
  private TableCell<?, ?> cell(FxRobot robot, String column) {
    return robot.lookup("#http-rules-table").lookup(".validated-cell").queryAll().stream()
        .map(n -> (TableCell<?, ?>) n)
        .filter(c -> c.getIndex() == 0 && column.equals(c.getTableColumn().getId()))
        .findFirst()
        .orElseThrow();
  }

  private void edit(FxRobot robot, String column, String text) {
    robot.doubleClickOn(cell(robot, column));
    robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
    robot.write(text).type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void anHttpRuleAddedInTheInspectorAppearsInTheTemplateTab(FxRobot robot) {
    Document document = window.active().orElseThrow().document();
    Flow flow =
        hubble.flows().stream()
            .filter(f -> hubble.isSubject(f.to()) && !f.ports().isEmpty() && f.l7().isEmpty())
            .findFirst()
            .orElseThrow();
    robot.interact(() -> document.selection().selectOnly(flow.id()));
    WaitForAsyncUtils.waitForFxEvents();
    assertFalse(template(robot).contains("http:"), "no HTTP rule yet");

    robot.clickOn("#add-http-rule");
    WaitForAsyncUtils.waitForFxEvents();
    edit(robot, "http-path", "/api/v1/flows");
    edit(robot, "http-method", "GET|POST");

    Flow now = document.current().flow(flow.id()).orElseThrow();
    assertEquals(List.of(new HttpRule("GET|POST", "/api/v1/flows", null)), now.l7().http());
    String text = template(robot);
    assertTrue(text.contains("http:"), text);
    assertTrue(text.contains("path: \"/api/v1/flows\""), text);
    assertTrue(text.contains("method: \"GET|POST\""), text);

    edit(robot, "http-path", "api/(unclosed");
    assertEquals(now, document.current().flow(flow.id()).orElseThrow(), "a bad path is refused");
    assertTrue(ValidatedCell.class.isInstance(cell(robot, "http-path")));

    robot.interact(document::undo);
    robot.interact(document::undo);
    robot.interact(document::undo);
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(document.current().flow(flow.id()).orElseThrow().l7().isEmpty(), "undo removes it");
    assertFalse(template(robot).contains("http:"));
  }
}
