package dev.policydesigner.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.app.canvas.BoxTitle;
import dev.policydesigner.app.canvas.CanvasView;
import dev.policydesigner.app.canvas.PaintedName;
import dev.policydesigner.export.template.read.ImportResult;
import dev.policydesigner.export.template.read.RepoImporter;
import dev.policydesigner.export.testing.TestData;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.layout.NamespaceLayout;
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

/**
 * The imported realistic repo (112 cards), fitted in a maximised 1920×1080 window, can be read:
 * every card's name is painted whole at 9 pixels or more, every namespace box is titled with the
 * namespace as it renders, and the entities and the outside addresses sit in boxes of their own.
 */
@ExtendWith(ApplicationExtension.class)
class LegibleOverviewTest {
  private static final double LEGIBLE_PIXELS = 9;

  @TempDir Path tmp;
  private final WindowFixture fixture = new WindowFixture();

  @Start
  void start(Stage stage) {
    // each test opens its own window, laid out and read in one go as snapshot --window does (the
    // headless test screen is smaller than the window)
  }

  @AfterEach
  void tearDown() {
    fixture.dispose();
  }

  @Test
  void theRealisticRepoFittedInA1920x1080WindowShowsEveryNameWholeAndLegible(FxRobot robot)
      throws Exception {
    Path repo = TestData.copyRealisticRepo(tmp);
    ImportResult imported = new RepoImporter().importRepo(repo, null);
    Diagram diagram = imported.diagram();
    assertTrue(diagram.nodes().size() > 100, "the realistic repo");
    List<String> unreadable = new ArrayList<>();
    List<BoxTitle> titles = new ArrayList<>();
    List<String> peers = new ArrayList<>();
    double[] zoom = new double[1];
    String[] size = new String[1];
    robot.interact(
        () -> {
          Stage stage = new Stage();
          MainWindow window = fixture.open(stage, tmp, 1920, 1080, diagram);
          DocumentView view = window.active().orElseThrow();
          view.document().repoProperty().set(repo);
          window.scene().getRoot().applyCss();
          window.scene().getRoot().layout();
          CanvasView canvas = view.canvas();
          canvas.zoomToFit();
          canvas.paintNow();
          zoom[0] = canvas.zoom();
          size[0] =
              canvas.getWidth()
                  + "x"
                  + canvas.getHeight()
                  + " in "
                  + stage.getWidth()
                  + "x"
                  + stage.getHeight();
          for (Node n : diagram.nodes()) {
            PaintedName name = canvas.paintedText().name(n.id()).orElseThrow();
            if (!name.whole() || name.pixels() < LEGIBLE_PIXELS) {
              unreadable.add(n.name() + " as " + name.lines() + " at " + name.pixels() + " px");
            }
            if (String.join(" ", name.lines()).contains("#{")) {
              unreadable.add(n.name() + " painted with its placeholder: " + name.lines());
            }
          }
          for (String ns : canvas.namespaces()) {
            titles.add(canvas.paintedText().boxTitle(ns));
            PaintedName written = canvas.paintedText().boxTitleAsWritten(ns).orElseThrow();
            if (!written.whole() || written.pixels() < LEGIBLE_PIXELS) {
              unreadable.add("box " + ns + " as " + written.lines() + " at " + written.pixels());
            }
          }
          peers.addAll(canvas.paintedText().peerBoxTitles());
          stage.hide();
        });
    assertTrue(unreadable.isEmpty(), "at " + zoom[0] + " on " + size[0] + ": " + unreadable);
    for (BoxTitle t : titles) {
      assertFalse(t.painted().contains("#{"), t.painted());
    }
    assertTrue(
        titles.contains(
            new BoxTitle(
                "observability", true, "#{ monitoring_namespace | default('monitoring') }#")),
        "the cluster.yaml value, marked templated: " + titles);
    assertEquals(
        java.util.Set.of(NamespaceLayout.ENTITIES_TITLE, NamespaceLayout.OUTSIDE_TITLE),
        java.util.Set.copyOf(peers));
    assertEquals(2, peers.size(), "one box each, drawn: " + peers);
  }
}
