package dev.policydesigner.app.canvas;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.app.canvas.raster.GlyphAtlas;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A compact card breaks its name at spaces or after - . _ / , before it breaks inside a word. */
@ExtendWith(ApplicationExtension.class)
class CompactNameTest {
  @Start
  void start(Stage stage) {
    // glyphs are measured on the FX thread
  }

  private static CardPainter.CompactName lines(String... lines) {
    return new CardPainter.CompactName(GlyphAtlas.of(10, true, false), List.of(lines), true);
  }

  @Test
  void aBreakAtASpaceOrAfterAMarkIsABreakAndOneInsideAWordIsNot(FxRobot robot) {
    robot.interact(CompactNameTest::breaks);
  }

  private static void breaks() {
    String name = "Keycloak PostgreSQL";
    assertTrue(lines("Keycloak", "PostgreSQL").shows(name, true));
    assertTrue(lines("Keycloak PostgreSQL").shows(name, true));
    assertFalse(lines("Keycloak PostgreS", "QL").shows(name, true));
    assertTrue(lines("Keycloak PostgreS", "QL").shows(name, false), "whole, though cut in a word");
    assertTrue(lines("kube-", "state-", "metrics").shows("kube-state-metrics", true));
    assertFalse(lines("kube-st", "ate-metrics").shows("kube-state-metrics", true));
  }

  @Test
  void whereTheNameFitsWholeWordsOnSomeLayoutNoWordIsCut(FxRobot robot) {
    robot.interact(CompactNameTest::layouts);
  }

  private static void layouts() {
    String name = "Keycloak PostgreSQL";
    for (double w = 40; w <= 220; w += 2) {
      for (double h = 20; h <= 80; h += 2) {
        CardPainter.CompactName best = CardPainter.CompactName.of(name, w, h, 20, 1);
        CardPainter.CompactName plain = CardPainter.CompactName.of(name, w, h, 0, 1);
        if (plain.shows(name, true)) {
          assertTrue(best.shows(name, true), w + "x" + h + ": " + best.lines());
        }
      }
    }
  }
}
