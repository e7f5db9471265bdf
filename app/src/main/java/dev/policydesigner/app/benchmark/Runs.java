package dev.policydesigner.app.benchmark;

import java.util.Arrays;

/** Repeated warm runs of one piece of work, timed with the monotonic clock. */
final class Runs {
  private final int warmups;
  private final int runs;

  Runs(int warmups, int runs) {
    this.warmups = warmups;
    this.runs = runs;
  }

  /** Milliseconds of each measured run, sorted. */
  double[] time(ThrowingRunnable work) throws Exception {
    for (int i = 0; i < warmups; i++) {
      work.run();
    }
    double[] ms = new double[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      work.run();
      ms[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(ms);
    return ms;
  }

  static double median(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  static double p95(double[] sorted) {
    int index = (int) Math.ceil(0.95 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  static double heapMb() {
    Runtime r = Runtime.getRuntime();
    return (r.totalMemory() - r.freeMemory()) / (1024.0 * 1024.0);
  }

  /** Work that may throw. */
  interface ThrowingRunnable {
    void run() throws Exception;
  }
}
