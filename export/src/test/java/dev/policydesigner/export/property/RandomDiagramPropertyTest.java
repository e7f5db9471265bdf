package dev.policydesigner.export.property;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.export.testing.BatchRenderer;
import dev.policydesigner.export.testing.BatchRenderer.Outcome;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * For many random diagrams: export every policy file, render it with the real Jinja2 in audit and
 * enforce mode with every guard true, validate the policies, and ask the simulator that every flow
 * is allowed and unconnected pairs of subjects are denied. {@code -Dproperty.seed=N} replays one
 * diagram, {@code -Dproperty.count=N} sets how many are generated (default 1000).
 *
 * <p>Diagrams are rendered in batches, one Python process per batch; the next batch renders while
 * the previous one is checked.
 */
class RandomDiagramPropertyTest {
  private static final long FIRST_SEED = 20_240_501L;
  private static final int BATCH = 100;
  private static final int REPORTED = 3;

  @TempDir Path dir;

  private final List<String> failures = new ArrayList<>();
  private int failed;

  @Test
  void everyRandomDiagramExportsValidPoliciesThatAllowItsFlowsAndDenyTheRest() throws Exception {
    List<Long> seeds = seeds();
    BatchRenderer renderer = new BatchRenderer(dir);
    ExecutorService python = Executors.newSingleThreadExecutor();
    try {
      List<DiagramProperty> previous = null;
      Future<List<List<Outcome>>> previousRenders = null;
      for (int start = 0; start < seeds.size(); start += BATCH) {
        List<DiagramProperty> batch = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (long seed : seeds.subList(start, Math.min(seeds.size(), start + BATCH))) {
          DiagramProperty property = new DiagramProperty(seed);
          batch.add(property);
          texts.addAll(property.templates());
        }
        Future<List<List<Outcome>>> renders =
            python.submit(() -> renderer.renderAll(texts, DiagramProperty.renderValues()));
        if (previous != null) {
          check(previous, previousRenders);
        }
        previous = batch;
        previousRenders = renders;
      }
      check(previous, previousRenders);
    } finally {
      python.shutdownNow();
    }
    assertTrue(
        failures.isEmpty(),
        failed + " of " + seeds.size() + " random diagrams fail:\n" + String.join("\n", failures));
  }

  private void check(List<DiagramProperty> batch, Future<List<List<Outcome>>> pending)
      throws InterruptedException {
    List<List<Outcome>> renders;
    try {
      renders = pending.get();
    } catch (ExecutionException e) {
      throw new AssertionError("rendering a batch failed", e.getCause());
    }
    int next = 0;
    for (DiagramProperty property : batch) {
      int count = property.templates().size();
      List<String> problems = property.check(renders.subList(next, next + count));
      next += count;
      if (!problems.isEmpty() && ++failed <= REPORTED) {
        failures.add(property.report(problems));
      }
    }
  }

  private static List<Long> seeds() {
    String one = System.getProperty("property.seed");
    if (one != null && !one.isBlank()) {
      return List.of(Long.parseLong(one.strip()));
    }
    int count = Integer.parseInt(System.getProperty("property.count", "1000").strip());
    List<Long> seeds = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      seeds.add(FIRST_SEED + i);
    }
    return seeds;
  }
}
