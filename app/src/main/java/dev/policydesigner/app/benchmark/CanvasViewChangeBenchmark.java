package dev.policydesigner.app.benchmark;

import dev.policydesigner.app.canvas.CanvasView;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.example.SyntheticCluster;
import java.util.Arrays;
import java.util.List;

/**
 * How soon the canvas shows a view change on 500 nodes and 2,000 flows: the time from the command
 * until the last frame it causes has been drawn, for zoom to fit (from 100 % on some card), a zoom
 * step of the mouse wheel, and a pan step.
 */
final class CanvasViewChangeBenchmark implements BenchmarkCase {
  @Override
  public List<Measurement> run(BenchmarkContext context) throws Exception {
    Diagram diagram = new SyntheticCluster(4).generate(500, 2000);
    List<String> ids = diagram.nodes().stream().map(Node::id).toList();
    int runs = context.quick() ? 5 : 20;
    CanvasStage stage = CanvasStage.show(diagram);
    CanvasView canvas = stage.canvas();
    try {
      stage.awaitQuiet();
      double[] fit = new double[runs];
      double[] zoom = new double[runs];
      for (int i = 0; i < runs; i++) {
        String id = ids.get((i * 37) % ids.size());
        stage.timeToSettledFrame(() -> canvas.centerOn(id));
        fit[i] = stage.timeToSettledFrame(canvas::zoomToFit);
        double factor = i % 2 == 0 ? 1.25 : 0.8;
        zoom[i] = stage.timeToSettledFrame(() -> canvas.zoomBy(factor));
      }
      stage.timeToSettledFrame(() -> canvas.centerOn(ids.get(ids.size() / 2)));
      double[] pan = new double[runs * 4];
      for (int i = 0; i < pan.length; i++) {
        double dx = (i / 8) % 2 == 0 ? 40 : -40;
        pan[i] = stage.timeToSettledFrame(() -> canvas.panBy(dx, 25 * Math.signum(dx)));
      }
      return List.of(
          line("zoom to fit (500 nodes / 2,000 flows; next frame drawn)", fit, 100),
          line("zoom step of the wheel (500 nodes / 2,000 flows)", zoom, 100),
          line("pan step (500 nodes / 2,000 flows, at 100 %)", pan, 16));
    } finally {
      stage.close();
    }
  }

  private static Measurement line(String name, double[] ms, double target) {
    double[] sorted = ms.clone();
    Arrays.sort(sorted);
    return new Measurement(
        name, Runs.median(sorted), Runs.p95(sorted), "ms", target, true, Runs.heapMb());
  }
}
