package dev.policydesigner.app.benchmark;

import java.util.List;

/** One measured target of the benchmark. */
interface BenchmarkCase {
  /** The measurements of this case (most cases give one). */
  List<Measurement> run(BenchmarkContext context) throws Exception;
}
