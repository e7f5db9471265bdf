package dev.policydesigner.app.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.model.example.Examples;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotRendererTest {
  @TempDir Path tmp;

  @Test
  void rendersTheCanvasOfADiagramAsPng() throws Exception {
    Path png = tmp.resolve("hubble.png");
    SnapshotRenderer.render(Examples.hubble(), png, false);
    BufferedImage image = ImageIO.read(png.toFile());
    assertTrue(image.getWidth() > 600, "wide enough for six cards: " + image.getWidth());
    assertTrue(image.getHeight() > 200);
    assertTrue(distinctColours(image) > 20, "something is drawn");
  }

  @Test
  void rendersTheWholeWindowAt1366By768() throws Exception {
    Path png = tmp.resolve("window.png");
    SnapshotRenderer.render(Examples.rustfs(), png, true);
    BufferedImage image = ImageIO.read(png.toFile());
    assertEquals(1366, image.getWidth());
    assertEquals(768, image.getHeight());
  }

  private static int distinctColours(BufferedImage image) {
    java.util.Set<Integer> colours = new java.util.HashSet<>();
    for (int x = 0; x < image.getWidth(); x += 7) {
      for (int y = 0; y < image.getHeight(); y += 7) {
        colours.add(image.getRGB(x, y));
      }
    }
    return colours.size();
  }
}
