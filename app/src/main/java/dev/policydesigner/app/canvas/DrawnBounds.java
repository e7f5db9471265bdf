package dev.policydesigner.app.canvas;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;

/**
 * The union of the bounds of views in the canvas world, whether they are in the scene graph or left
 * out of it while out of view (their size and place are kept meanwhile).
 */
final class DrawnBounds {
  private double minX = Double.POSITIVE_INFINITY;
  private double minY = Double.POSITIVE_INFINITY;
  private double maxX = Double.NEGATIVE_INFINITY;
  private double maxY = Double.NEGATIVE_INFINITY;

  /** Adds the bounds of each view (in the world: the layers are not transformed). */
  DrawnBounds add(Iterable<? extends Node> views) {
    for (Node v : views) {
      add(v.getBoundsInParent());
    }
    return this;
  }

  DrawnBounds add(Bounds b) {
    if (!b.isEmpty()) {
      minX = Math.min(minX, b.getMinX());
      minY = Math.min(minY, b.getMinY());
      maxX = Math.max(maxX, b.getMaxX());
      maxY = Math.max(maxY, b.getMaxY());
    }
    return this;
  }

  /** The union; empty bounds when nothing was added. */
  Bounds bounds() {
    if (minX > maxX) {
      return new BoundingBox(0, 0, -1, -1);
    }
    return new BoundingBox(minX, minY, maxX - minX, maxY - minY);
  }
}
