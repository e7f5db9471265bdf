package dev.policydesigner.app.canvas.raster;

/**
 * A one-colour picture: how much each pixel is covered (0–255), row by row.
 *
 * @param width width in pixels
 * @param height height in pixels
 * @param alpha coverage of each pixel, {@code width × height} values
 */
public record AlphaMask(int width, int height, byte[] alpha) {
  /** A mask with nothing in it. */
  public static final AlphaMask EMPTY = new AlphaMask(0, 0, new byte[0]);
}
