package dev.policydesigner.app.canvas.raster;

import dev.policydesigner.icons.Icon;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;

/**
 * The icons as premultiplied pixels at a given size, to be drawn into a {@link Raster}; loaded once
 * per icon and size.
 */
public final class IconPixels {
  private static final Map<String, int[]> CACHE = new HashMap<>();

  private IconPixels() {}

  /** The pixels of {@code icon} at {@code size} × {@code size}. */
  public static int[] of(Icon icon, int size) {
    return CACHE.computeIfAbsent(
        icon.fileName() + "@" + size,
        k -> {
          int source = size <= Icon.SMALL ? Icon.MEDIUM : Icon.LARGE;
          Image image = new Image(icon.url(source).toExternalForm(), size, size, false, true);
          int w = (int) image.getWidth();
          int h = (int) image.getHeight();
          int[] pixels = new int[size * size];
          if (w == size && h == size) {
            image
                .getPixelReader()
                .getPixels(0, 0, size, size, PixelFormat.getIntArgbPreInstance(), pixels, 0, size);
          }
          return pixels;
        });
  }
}
