package dev.policydesigner.model;

/** Where a node sits on the canvas, in canvas units (1 unit = 1 pixel at 100 % zoom). */
public record Position(double x, double y) {
  /** The origin, used for nodes that have not been placed yet. */
  public static final Position ORIGIN = new Position(0, 0);

  /** This position moved by the given offsets. */
  public Position plus(double dx, double dy) {
    return new Position(x + dx, y + dy);
  }
}
