package dev.policydesigner.app.benchmark;

import com.sun.javafx.perf.PerformanceTracker;
import dev.policydesigner.app.canvas.CanvasView;
import dev.policydesigner.app.document.Document;
import dev.policydesigner.app.snapshot.FxToolkit;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.Position;
import dev.policydesigner.model.edit.MoveNodesEdit;
import dev.policydesigner.model.example.SyntheticCluster;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Frame rate while a node is dragged on a canvas of 2,000 nodes and 10,000 flows: each JavaFX pulse
 * moves the card as a mouse drag does, and the time between pulses is the frame time. Then the card
 * is dropped as a mouse release does, and the time until the frame after the drop has been drawn is
 * shown as extra information (no target). Frames are drawn on a thread of their own while pulses go
 * on, so that time is taken from the last frame drawn, once the canvas has settled.
 */
final class CanvasDragBenchmark implements BenchmarkCase {
  private static final String STYLES = "/dev/policydesigner/app/designer.css";

  private static final int NODES = 2000;
  private static final int FLOWS = 10_000;

  /** Time after the drop by which its frame has surely been drawn. */
  private static final long SETTLE_MS = 3000;

  @Override
  public List<Measurement> run(BenchmarkContext context) throws Exception {
    Diagram diagram = new SyntheticCluster(4).generate(NODES, FLOWS);
    String dragged = typicalApp(diagram);
    int warmup = 30;
    int frames = context.quick() ? 90 : 300;
    FxToolkit.start();
    CompletableFuture<double[]> result = new CompletableFuture<>();
    AtomicLong lastFrameDrawn = new AtomicLong();
    AtomicLong dropStart = new AtomicLong();
    Stage[] stage = new Stage[1];
    double[] lastStep = new double[2];
    FxToolkit.call(
        () -> {
          Document document = new Document(diagram, null);
          CanvasView canvas = new CanvasView(document);
          stage[0] = new Stage();
          Scene scene = new Scene(canvas, 1366, 768);
          // the application's own style sheet: cards and arrows cost what they cost in the window
          scene
              .getStylesheets()
              .add(CanvasDragBenchmark.class.getResource(STYLES).toExternalForm());
          stage[0].setScene(scene);
          stage[0].show();
          canvas.centerOn(dragged);
          canvas.beginMove(List.of(dragged)); // as the first step of a mouse drag does
          Position start = document.current().node(dragged).orElseThrow().position();
          Runnable drop =
              () -> {
                // watched from the drop on only, so the frames of the drag run as before
                PerformanceTracker.getSceneTracker(scene)
                    .setOnRenderedFrameTask(() -> lastFrameDrawn.set(System.nanoTime()));
                dropStart.set(System.nanoTime());
                // as a mouse release does: one edit, one unit beyond the last step
                Position at = start.plus(lastStep[0] + 1, lastStep[1] + 1);
                document.perform(new MoveNodesEdit(Map.of(dragged, at)));
                canvas.endMove();
              };
          new FrameRecorder(
                  warmup,
                  frames,
                  result,
                  i -> {
                    lastStep[0] = (i % 200) * 3;
                    lastStep[1] = i % 50;
                    canvas.moveBy(lastStep[0], lastStep[1]);
                  },
                  drop)
              .start();
          return null;
        });
    double[] recorded = result.get(120, TimeUnit.SECONDS);
    double[] intervals = Arrays.copyOf(recorded, frames);
    Thread.sleep(SETTLE_MS);
    double dropMs = (lastFrameDrawn.get() - dropStart.get()) / 1e6;
    FxToolkit.call(
        () -> {
          stage[0].hide();
          return null;
        });
    Arrays.sort(intervals);
    double medianFrame = Runs.median(intervals);
    double p95Frame = Runs.p95(intervals);
    return List.of(
        new Measurement(
            String.format(
                java.util.Locale.ROOT,
                "canvas fps dragging a node at 100 %% (2,000 nodes / 10,000 flows; p95 = slowest"
                    + " 5 %%; drop drawn in %.0f ms)",
                dropMs),
            1000 / medianFrame,
            1000 / p95Frame,
            "fps",
            55,
            false,
            Runs.heapMb()));
  }

  /** An application workload with the median number of flows. */
  private static String typicalApp(Diagram d) {
    Map<String, Integer> count = new HashMap<>();
    for (Flow f : d.flows()) {
      count.merge(f.from(), 1, Integer::sum);
      count.merge(f.to(), 1, Integer::sum);
    }
    List<Map.Entry<String, Integer>> apps =
        count.entrySet().stream()
            .filter(e -> e.getKey().contains("-app"))
            .sorted(Map.Entry.comparingByValue())
            .toList();
    return apps.get(apps.size() / 2).getKey();
  }

  /**
   * Records the time between pulses, moving the card once per pulse; after {@code frames} runs
   * {@code drop} and records {@value #AFTER_DROP} more.
   */
  private static final class FrameRecorder extends AnimationTimer {
    private static final int AFTER_DROP = 4;
    private final int warmup;
    private final int frames;
    private final CompletableFuture<double[]> result;
    private final java.util.function.IntConsumer step;
    private final Runnable drop;
    private final List<Double> intervals = new ArrayList<>();
    private long last;
    private int index;

    FrameRecorder(
        int warmup,
        int frames,
        CompletableFuture<double[]> result,
        java.util.function.IntConsumer step,
        Runnable drop) {
      this.drop = drop;
      this.warmup = warmup;
      this.frames = frames;
      this.result = result;
      this.step = step;
    }

    @Override
    public void handle(long now) {
      long t = System.nanoTime();
      if (index > warmup) {
        intervals.add((t - last) / 1e6);
      }
      last = t;
      if (intervals.size() < frames) {
        step.accept(index);
      } else if (intervals.size() == frames) {
        drop.run();
      }
      index++;
      if (intervals.size() >= frames + AFTER_DROP) {
        stop();
        result.complete(intervals.stream().mapToDouble(Double::doubleValue).toArray());
      }
    }
  }
}
