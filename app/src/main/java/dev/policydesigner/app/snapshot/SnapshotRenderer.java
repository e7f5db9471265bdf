package dev.policydesigner.app.snapshot;

import dev.policydesigner.app.canvas.CanvasView;
import dev.policydesigner.app.document.Document;
import dev.policydesigner.app.shell.MainWindow;
import dev.policydesigner.app.shell.Wiring;
import dev.policydesigner.app.snapshot.png.PngWriter;
import dev.policydesigner.model.Diagram;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

/**
 * Renders a diagram to PNG without a display (Monocle headless when {@code DISPLAY} is unset): the
 * canvas at 100 %, or the whole main window at 1366×768.
 */
public final class SnapshotRenderer {
  private static final double MARGIN = 30;
  private static final String CSS = "/dev/policydesigner/app/designer.css";

  private SnapshotRenderer() {}

  /** Writes the picture of {@code diagram} to {@code png}. */
  public static void render(Diagram diagram, Path png, boolean wholeWindow) throws IOException {
    FxToolkit.start();
    WritableImage image =
        FxToolkit.call(() -> wholeWindow ? window(diagram) : canvasImage(diagram));
    PngWriter.write(image, png);
  }

  /** The canvas picture of {@code diagram} at 100 %; call on the JavaFX thread. */
  public static WritableImage canvasImage(Diagram diagram) {
    CanvasView canvas = new CanvasView(new Document(diagram, null));
    Scene scene = new Scene(canvas, 1600, 1000);
    scene.getStylesheets().add(SnapshotRenderer.class.getResource(CSS).toExternalForm());
    canvas.applyCss();
    canvas.layout();
    Bounds content = canvas.contentBounds();
    double w = Math.max(200, Math.ceil(content.getWidth() + 2 * MARGIN));
    double h = Math.max(120, Math.ceil(content.getHeight() + 2 * MARGIN));
    canvas.resize(w, h);
    canvas.zoomToFit();
    SnapshotParameters params = new SnapshotParameters();
    params.setFill(Color.web("#f3f5f8"));
    return canvas.snapshot(params, new WritableImage((int) w, (int) h));
  }

  private static WritableImage window(Diagram diagram) {
    Stage stage = new Stage();
    MainWindow window = Wiring.window(stage, Wiring.userServices(), List.of(diagram));
    stage.show();
    Scene scene = window.scene();
    scene.getRoot().applyCss();
    scene.getRoot().layout();
    window.active().ifPresent(v -> v.canvas().zoomToFit());
    WritableImage image = scene.snapshot(null);
    stage.hide();
    return image;
  }
}
