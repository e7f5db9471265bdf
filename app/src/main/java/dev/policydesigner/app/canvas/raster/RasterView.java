package dev.policydesigner.app.canvas.raster;

import java.nio.IntBuffer;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * A {@link Raster} shown in the scene: an image view over the raster's own pixels, so a painted
 * raster reaches the screen without a copy in Java. Pixels of the raster are device pixels; the
 * view shows them at {@code 1 / pixelScale} scene units each.
 */
public final class RasterView extends ImageView {
  private Raster raster;
  private PixelBuffer<IntBuffer> buffer;
  private double pixelScale = 1;

  public RasterView() {
    setMouseTransparent(true);
    setSmooth(false);
  }

  /**
   * The raster to paint into, {@code width × height} device pixels (a new one when the size
   * changed; its content is then undefined until painted).
   */
  public Raster raster(int width, int height, double scale) {
    int w = Math.max(1, width);
    int h = Math.max(1, height);
    if (raster == null || raster.width() != w || raster.height() != h) {
      raster = new Raster(w, h);
      buffer =
          new PixelBuffer<>(
              w, h, IntBuffer.wrap(raster.pixels()), PixelFormat.getIntArgbPreInstance());
      setImage(new WritableImage(buffer));
    }
    if (scale != pixelScale || getFitWidth() != w / scale) {
      pixelScale = scale;
      setFitWidth(w / scale);
      setFitHeight(h / scale);
    }
    return raster;
  }

  /** The raster last asked for, or {@code null}. */
  public Raster raster() {
    return raster;
  }

  /** Shows what was painted into the whole raster. */
  public void changed() {
    if (buffer != null) {
      buffer.updateBuffer(b -> null);
    }
  }

  /** Shows what was painted into [x0, x1) × [y0, y1) (device pixels) of the raster. */
  public void changed(int x0, int y0, int x1, int y1) {
    if (buffer == null) {
      return;
    }
    int ax = Math.max(0, x0);
    int ay = Math.max(0, y0);
    int bx = Math.min(raster.width(), x1);
    int by = Math.min(raster.height(), y1);
    if (ax < bx && ay < by) {
      buffer.updateBuffer(b -> new Rectangle2D(ax, ay, bx - ax, by - ay));
    }
  }
}
