package dev.policydesigner.app.canvas;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Paints a canvas once before the next frame however often it was asked to since the last: a
 * listener on the pulses of the scene the canvas is in, which also runs when {@code pending} says
 * work is left over (a layout spread over frames).
 */
final class NextFrame {
  private final Runnable paint;
  private final Runnable beforeLayout = this::paintIfWanted;
  private BooleanSupplier pending = () -> false;
  private boolean wanted;

  NextFrame(Runnable paint) {
    this.paint = paint;
  }

  /** Follows {@code node} from scene to scene; {@code pending} says whether work is left over. */
  void install(Node node, BooleanSupplier pending) {
    this.pending = pending;
    node.sceneProperty().addListener((o, old, now) -> moved(old, now));
  }

  private void moved(Scene old, Scene now) {
    if (old != null) {
      old.removePreLayoutPulseListener(beforeLayout);
    }
    if (now != null) {
      now.addPreLayoutPulseListener(beforeLayout);
      request();
    }
  }

  /** Asks for a paint before the next frame. */
  void request() {
    if (!wanted) {
      wanted = true;
      Platform.requestNextPulse();
    }
  }

  /**
   * Paints now on the FX thread, where the canvas lives; from another thread (a test's) waits for
   * the FX thread to do it.
   */
  void paintNowOnFxThread() {
    if (Platform.isFxApplicationThread()) {
      paint.run();
      return;
    }
    FutureTask<Void> task = new FutureTask<>(paint, null);
    Platform.runLater(task);
    try {
      task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      throw new IllegalStateException("painting the canvas failed", e.getCause());
    }
  }

  /** The paint asked for has been done. */
  void done() {
    wanted = false;
  }

  private void paintIfWanted() {
    if (wanted || pending.getAsBoolean()) {
      paint.run();
    }
  }
}
