package dev.policydesigner.app.canvas;

import dev.policydesigner.app.document.Document;
import dev.policydesigner.model.Diagram;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/** The canvas picture of a diagram at 100 %, drawn off screen with the designer's style sheet. */
public final class CanvasImage {
  private static final double MARGIN = 30;
  private static final String CSS = "/dev/policydesigner/app/designer.css";

  private CanvasImage() {}

  /** The picture of {@code diagram}; call on the JavaFX thread. */
  public static WritableImage of(Diagram diagram) {
    CanvasView canvas = new CanvasView(new Document(diagram, null));
    Scene scene = new Scene(canvas, 1600, 1000);
    scene.getStylesheets().add(CanvasImage.class.getResource(CSS).toExternalForm());
    canvas.applyCss();
    canvas.layout();
    Bounds content = canvas.contentBounds();
    double w = Math.max(200, Math.ceil(content.getWidth() + 2 * MARGIN));
    double h = Math.max(120, Math.ceil(content.getHeight() + 2 * MARGIN));
    canvas.resize(w, h);
    canvas.zoomToFit();
    canvas.paintNow();
    canvas.applyCss();
    canvas.layout();
    SnapshotParameters params = new SnapshotParameters();
    params.setFill(Color.web("#f3f5f8"));
    return canvas.snapshot(params, new WritableImage((int) w, (int) h));
  }
}
