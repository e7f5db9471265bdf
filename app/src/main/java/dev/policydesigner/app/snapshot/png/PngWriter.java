package dev.policydesigner.app.snapshot.png;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javax.imageio.ImageIO;

/**
 * Writes a JavaFX image as PNG. The one place of the app that touches AWT images (JavaFX has no PNG
 * encoder of its own); see docs/adr/0004-png-snapshots-use-awt-images-in-one-class.md.
 */
public final class PngWriter {
  private PngWriter() {}

  /** Writes {@code image} to {@code file} (replaced atomically). */
  public static void write(Image image, Path file) throws IOException {
    Path target = file.toAbsolutePath();
    Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
    if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", tmp.toFile())) {
      throw new IOException("no PNG encoder is available");
    }
    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
  }
}
