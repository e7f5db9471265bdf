package dev.policydesigner.app.benchmark;

import dev.policydesigner.app.canvas.CanvasView;
import dev.policydesigner.app.canvas.NodeCardView;
import dev.policydesigner.app.document.Document;
import dev.policydesigner.app.snapshot.FxToolkit;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.example.SyntheticCluster;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Frame rate while a node is dragged on a canvas of 500 nodes and 2,000 flows: each JavaFX pulse
 * moves the card as a mouse drag does, and the time between pulses is the frame time.
 */
final class CanvasDragBenchmark implements BenchmarkCase {
  private static final String STYLES = "/dev/policydesigner/app/designer.css";

  @Override
  public List<Measurement> run(BenchmarkContext context) throws Exception {
    Diagram diagram = new SyntheticCluster(4).generate(500, 2000);
    String dragged = typicalApp(diagram);
    int warmup = 30;
    int frames = context.quick() ? 90 : 300;
    FxToolkit.start();
    CompletableFuture<double[]> result = new CompletableFuture<>();
    Stage[] stage = new Stage[1];
    FxToolkit.call(
        () -> {
          CanvasView canvas = new CanvasView(new Document(diagram, null));
          stage[0] = new Stage();
          Scene scene = new Scene(canvas, 1366, 768);
          // the application's own style sheet: cards and arrows cost what they cost in the window
          scene
              .getStylesheets()
              .add(CanvasDragBenchmark.class.getResource(STYLES).toExternalForm());
          stage[0].setScene(scene);
          stage[0].show();
          canvas.centerOn(dragged);
          NodeCardView card = canvas.card(dragged);
          canvas.beginMove(List.of(dragged)); // as a mouse press on the card does
          double x0 = card.getLayoutX();
          double y0 = card.getLayoutY();
          new FrameRecorder(
                  warmup, frames, result, i -> card.relocate(x0 + (i % 200) * 3, y0 + (i % 50)))
              .start();
          return null;
        });
    double[] intervals = result.get(120, TimeUnit.SECONDS);
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
            "canvas fps dragging a node at 100 % (500 nodes / 2,000 flows; p95 = slowest 5 %)",
            1000 / medianFrame, 1000 / p95Frame, "fps", 55, false, Runs.heapMb()));
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

  /** Records the time between pulses, moving the card once per pulse. */
  private static final class FrameRecorder extends AnimationTimer {
    private final int warmup;
    private final int frames;
    private final CompletableFuture<double[]> result;
    private final java.util.function.IntConsumer step;
    private final List<Double> intervals = new ArrayList<>();
    private long last;
    private int index;

    FrameRecorder(
        int warmup,
        int frames,
        CompletableFuture<double[]> result,
        java.util.function.IntConsumer step) {
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
      step.accept(index++);
      if (intervals.size() >= frames) {
        stop();
        result.complete(intervals.stream().mapToDouble(Double::doubleValue).toArray());
      }
    }
  }
}
