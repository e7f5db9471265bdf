package dev.policydesigner.app.snapshot.png;

import dev.policydesigner.export.repo.OutputFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javax.imageio.ImageIO;

/**
 * Writes a JavaFX image as PNG. The one place of the app that touches AWT images (JavaFX has no PNG
 * encoder of its own); see docs/adr/0004-png-snapshots-use-awt-images-in-one-class.md.
 */
public final class PngWriter {
  private PngWriter() {}

  /** Writes {@code image} to {@code file} (see {@link OutputFile}). */
  public static void write(Image image, Path file) throws IOException {
    OutputFile.write(file, encode(image));
  }

  /** The PNG bytes of {@code image}. */
  public static byte[] encode(Image image) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", bytes)) {
      throw new IOException("no PNG encoder is available");
    }
    return bytes.toByteArray();
  }
}
