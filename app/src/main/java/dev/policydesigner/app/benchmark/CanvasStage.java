package dev.policydesigner.app.benchmark;

import com.sun.javafx.perf.PerformanceTracker;
import dev.policydesigner.app.canvas.CanvasView;
import dev.policydesigner.app.document.Document;
import dev.policydesigner.app.snapshot.FxToolkit;
import dev.policydesigner.model.Diagram;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * A canvas on a diagram in a window of 1366×768 with the application's style sheet, so cards and
 * arrows cost what they cost in the window; and the clock of the frames it draws.
 */
final class CanvasStage {
  private static final String STYLES = "/dev/policydesigner/app/designer.css";

  /** Time without a new frame after which the canvas counts as settled. */
  private static final long QUIET_MS = 400;

  private final Document document;
  private final CanvasView canvas;
  private final Stage stage;
  private final Scene scene;
  private final AtomicLong lastFrameDrawn = new AtomicLong();

  private CanvasStage(Diagram diagram) {
    document = new Document(diagram, null);
    canvas = new CanvasView(document);
    stage = new Stage();
    scene = new Scene(canvas, 1366, 768);
    scene.getStylesheets().add(CanvasStage.class.getResource(STYLES).toExternalForm());
    stage.setScene(scene);
    stage.show();
  }

  /** Shows {@code diagram} in a new window (starts JavaFX if need be). */
  static CanvasStage show(Diagram diagram) {
    FxToolkit.start();
    return FxToolkit.call(() -> new CanvasStage(diagram));
  }

  Document document() {
    return document;
  }

  CanvasView canvas() {
    return canvas;
  }

  Scene scene() {
    return scene;
  }

  /**
   * Milliseconds from the start of {@code change} until the last frame it caused has been drawn.
   * The change runs at the start of a pulse, as the animations of a pulse do, so the time does not
   * include the wait for the next pulse. Frames are drawn on a thread of their own while pulses go
   * on, so the canvas is watched until it has drawn nothing for a while.
   */
  double timeToSettledFrame(Runnable change) throws InterruptedException {
    AtomicLong start = new AtomicLong();
    FxToolkit.call(
        () -> {
          PerformanceTracker.getSceneTracker(scene)
              .setOnRenderedFrameTask(() -> lastFrameDrawn.set(System.nanoTime()));
          lastFrameDrawn.set(0);
          new AnimationTimer() {
            @Override
            public void handle(long now) {
              stop();
              start.set(System.nanoTime());
              change.run();
            }
          }.start();
          return null;
        });
    awaitQuiet();
    long drawn = lastFrameDrawn.get();
    return drawn == 0 ? 0 : (drawn - start.get()) / 1e6;
  }

  /** Waits until no frame has been drawn for {@value #QUIET_MS} ms. */
  void awaitQuiet() throws InterruptedException {
    long seen = -1;
    long quietSince = System.nanoTime();
    while ((System.nanoTime() - quietSince) / 1_000_000 < QUIET_MS) {
      Thread.sleep(20);
      long now = lastFrameDrawn.get();
      if (now != seen) {
        seen = now;
        quietSince = System.nanoTime();
      }
    }
  }

  void close() {
    FxToolkit.call(
        () -> {
          PerformanceTracker.getSceneTracker(scene).setOnRenderedFrameTask(null);
          stage.hide();
          return null;
        });
  }
}
