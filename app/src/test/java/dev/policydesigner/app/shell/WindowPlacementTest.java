package dev.policydesigner.app.shell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** A window last closed on a larger screen opens whole on the screen there is now. */
class WindowPlacementTest {
  private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 768);

  @Test
  void boundsThatFitTheScreenAreKeptAsTheyWere() {
    double[] saved = {100, 50, 1000, 600, 0};
    assertArrayEquals(saved, WindowPlacement.fitted(saved, LAPTOP));
  }

  @Test
  void aWindowCenteredOnALargerScreenMovesBackOntoTheSmallerOne() {
    // 1366x768 centred on a 1600x1000 screen, reopened on a 1366x768 one
    double[] saved = {117, 116, 1366, 768, 0};
    assertArrayEquals(new double[] {0, 0, 1366, 768, 0}, WindowPlacement.fitted(saved, LAPTOP));
  }

  @Test
  void aWindowLargerThanTheScreenShrinksToItAndKeepsItsMaximizedFlag() {
    double[] saved = {-20, 300, 1920, 1080, 1};
    assertArrayEquals(new double[] {0, 0, 1366, 768, 1}, WindowPlacement.fitted(saved, LAPTOP));
  }

  @Test
  void aWindowOnASecondScreenStaysOnThatScreen() {
    Rectangle2D right = new Rectangle2D(1366, 0, 1920, 1040);
    double[] saved = {2000, 900, 1200, 800, 0};
    assertArrayEquals(new double[] {2000, 240, 1200, 800, 0}, WindowPlacement.fitted(saved, right));
  }
}
