package dev.policydesigner.app.canvas;

import dev.policydesigner.app.canvas.geometry.Box;
import dev.policydesigner.model.Position;
import java.util.Collection;

/** Finds a place for a new card that overlaps no existing card. */
final class FreeSpotFinder {
  private static final double W = 220;
  private static final double H = 110;
  private static final double STEP = 40;
  private final Collection<Box> cards;

  FreeSpotFinder(Collection<Box> cards) {
    this.cards = cards;
  }

  Position near(Position origin) {
    double x0 = origin.x() + STEP;
    double y0 = origin.y() + STEP;
    for (int row = 0; row < 40; row++) {
      for (int col = 0; col < 8; col++) {
        double x = x0 + col * (W + STEP);
        double y = y0 + row * (H / 2 + STEP / 2);
        if (isFree(x, y)) {
          return new Position(Math.round(x), Math.round(y));
        }
      }
    }
    return new Position(Math.round(x0), Math.round(y0));
  }

  private boolean isFree(double x, double y) {
    Box wanted = new Box(x - STEP / 2, y - STEP / 2, W + STEP, H + STEP);
    for (Box c : cards) {
      if (c.intersects(wanted)) {
        return false;
      }
    }
    return true;
  }
}
