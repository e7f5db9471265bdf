package dev.policydesigner.app.benchmark;

import dev.policydesigner.export.template.TemplateWriter;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.derive.DerivedFile;
import dev.policydesigner.model.derive.PolicyDeriver;
import dev.policydesigner.model.example.SyntheticCluster;
import java.util.List;

/** Derive and write every template of a 1,000-workload, 5,000-flow cluster. */
final class DeriveAndWriteBenchmark implements BenchmarkCase {
  static final int WORKLOADS = 1000;
  static final int FLOWS = 5000;

  @Override
  public List<Measurement> run(BenchmarkContext context) throws Exception {
    Diagram diagram = new SyntheticCluster(1).generate(WORKLOADS, FLOWS);
    PolicyDeriver deriver = new PolicyDeriver();
    TemplateWriter writer = new TemplateWriter();
    long[] chars = new long[1];
    double[] ms =
        context
            .runs()
            .time(
                () -> {
                  long total = 0;
                  for (DerivedFile f : deriver.derive(diagram)) {
                    total += writer.write(f).length();
                  }
                  chars[0] = total;
                });
    if (chars[0] == 0) {
      throw new IllegalStateException("the writer produced no text");
    }
    return List.of(
        new Measurement(
            "derive + write all templates (1,000 workloads / 5,000 flows)",
            Runs.median(ms),
            Runs.p95(ms),
            "ms",
            150,
            true,
            Runs.heapMb()));
  }
}
