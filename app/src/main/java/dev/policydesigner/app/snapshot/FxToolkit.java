package dev.policydesigner.app.snapshot;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.application.Platform;

/** Starts JavaFX for rendering without a window system when there is no display. */
public final class FxToolkit {
  private static boolean started;

  private FxToolkit() {}

  public static synchronized void start() {
    if (started) {
      return;
    }
    String display = System.getenv("DISPLAY");
    if ((display == null || display.isBlank()) && System.getProperty("glass.platform") == null) {
      System.setProperty("glass.platform", "Monocle");
      System.setProperty("monocle.platform", "Headless");
      System.setProperty("prism.order", "sw");
      System.setProperty("headless.geometry", "1600x1000-32");
      System.setProperty("java.awt.headless", "true");
    }
    CompletableFuture<Void> up = new CompletableFuture<>();
    try {
      Platform.startup(() -> up.complete(null));
    } catch (IllegalStateException alreadyRunning) {
      up.complete(null);
    }
    Platform.setImplicitExit(false);
    await(up);
    started = true;
  }

  /** Runs {@code task} on the JavaFX thread and waits for its result. */
  public static <T> T call(Supplier<T> task) {
    CompletableFuture<T> result = new CompletableFuture<>();
    Platform.runLater(
        () -> {
          try {
            result.complete(task.get());
          } catch (RuntimeException e) {
            result.completeExceptionally(e);
          }
        });
    return await(result);
  }

  private static <T> T await(CompletableFuture<T> f) {
    try {
      return f.get(60, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r
          ? r
          : new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while rendering", e);
    } catch (TimeoutException e) {
      throw new IllegalStateException("JavaFX did not answer within 60 s", e);
    }
  }
}
