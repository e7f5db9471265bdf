package dev.policydesigner.app.snapshot;

import dev.policydesigner.app.canvas.CanvasImage;
import dev.policydesigner.app.shell.MainWindow;
import dev.policydesigner.app.shell.Wiring;
import dev.policydesigner.app.snapshot.png.PngWriter;
import dev.policydesigner.model.Diagram;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

/**
 * Renders a diagram to PNG without a display (Monocle headless when {@code DISPLAY} is unset): the
 * canvas at 100 %, or the whole main window (1366×768 unless a size is given).
 */
public final class SnapshotRenderer {

  private SnapshotRenderer() {}

  /** The size of the main window in a picture of it, unless another is asked for. */
  public static final int[] WINDOW_SIZE = {1366, 768};

  /** Writes the picture of {@code diagram} to {@code png}. */
  public static void render(Diagram diagram, Path png, boolean wholeWindow) throws IOException {
    render(diagram, png, wholeWindow, WINDOW_SIZE);
  }

  /**
   * Writes the picture of {@code diagram} to {@code png}; the whole main window is {@code size}
   * (width, height) pixels.
   */
  public static void render(Diagram diagram, Path png, boolean wholeWindow, int[] size)
      throws IOException {
    PngWriter.write(image(diagram, wholeWindow, size), png);
  }

  /** The PNG bytes of the picture of {@code diagram}. */
  public static byte[] png(Diagram diagram, boolean wholeWindow) throws IOException {
    return PngWriter.encode(image(diagram, wholeWindow, WINDOW_SIZE));
  }

  private static WritableImage image(Diagram diagram, boolean wholeWindow, int[] size) {
    FxToolkit.start();
    return FxToolkit.call(() -> wholeWindow ? window(diagram, size) : CanvasImage.of(diagram));
  }

  private static WritableImage window(Diagram diagram, int[] size) {
    Stage stage = new Stage();
    MainWindow window = Wiring.window(stage, Wiring.userServices(), List.of(diagram));
    stage.setWidth(size[0]);
    stage.setHeight(size[1]);
    stage.show();
    Scene scene = window.scene();
    scene.getRoot().applyCss();
    scene.getRoot().layout();
    window
        .active()
        .ifPresent(
            v -> {
              v.canvas().zoomToFit();
              v.canvas().paintNow(); // the canvas paints before frames, and a snapshot is none
            });
    scene.getRoot().applyCss();
    scene.getRoot().layout();
    WritableImage image = scene.snapshot(null);
    stage.hide();
    return image;
  }
}
