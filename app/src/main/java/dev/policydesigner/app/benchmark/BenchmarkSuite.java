package dev.policydesigner.app.benchmark;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs every benchmark case and prints one line per target. */
public final class BenchmarkSuite {
  private final boolean quick;

  /** A suite; {@code quick} uses few repetitions (under a minute in all). */
  public BenchmarkSuite(boolean quick) {
    this.quick = quick;
  }

  /** Runs the suite; returns whether every target was met. */
  public boolean run(PrintWriter out) throws Exception {
    Path work = Files.createTempDirectory("policy-designer-benchmark");
    BenchmarkContext context = new BenchmarkContext(quick, work, BenchmarkContext.findReference());
    out.printf(
        "Cilium Policy Designer benchmark (%s; %d cores, max heap %d MiB, Java %s)%n",
        quick ? "quick" : "full",
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() / (1024 * 1024),
        System.getProperty("java.version"));
    out.flush();
    Path repo = GeneratedRepo.create(work);
    List<BenchmarkCase> cases = new ArrayList<>();
    cases.add(new DeriveAndWriteBenchmark());
    cases.add(new RenderBenchmark(repo));
    cases.add(new ImportBenchmark(repo));
    cases.add(
        quick ? new RepoCheckBenchmark(repo, 200, 2) : new RepoCheckBenchmark(repo, 2000, 20));
    cases.add(new TemplateRefreshBenchmark());
    cases.add(new EngineBenchmark());
    cases.add(new CanvasViewChangeBenchmark());
    cases.add(new CanvasDragBenchmark());
    cases.add(new StartupBenchmark());
    // while tuning one case: -Dpolicy-designer.benchmark.only=Canvas (part of the class name)
    String only = System.getProperty("policy-designer.benchmark.only", "");
    cases.removeIf(c -> !c.getClass().getSimpleName().contains(only));
    boolean all = true;
    for (BenchmarkCase c : cases) {
      for (Measurement m : c.run(context)) {
        out.println(m.line());
        out.flush();
        all &= m.passed();
      }
    }
    out.println(all ? "All targets met." : "Some targets missed.");
    return all;
  }
}
