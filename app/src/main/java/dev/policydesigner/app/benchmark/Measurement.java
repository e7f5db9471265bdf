package dev.policydesigner.app.benchmark;

import java.util.Locale;

/**
 * One benchmark line: the measured value against its target.
 *
 * @param name what was measured
 * @param value the measured value (median unless the name says otherwise)
 * @param p95 the 95th percentile, or NaN when a single value was measured
 * @param unit the unit of value and target
 * @param target the target
 * @param lowerIsBetter whether the value must stay below the target (else above)
 * @param heapMb JVM heap in use after the runs, in MiB (NaN when not meaningful)
 */
record Measurement(
    String name,
    double value,
    double p95,
    String unit,
    double target,
    boolean lowerIsBetter,
    double heapMb) {

  boolean passed() {
    return lowerIsBetter ? value < target : value >= target;
  }

  String line() {
    String p = Double.isNaN(p95) ? "" : String.format(Locale.ROOT, "p95 %8.1f", p95);
    String heap = Double.isNaN(heapMb) ? "" : String.format(Locale.ROOT, "heap %5.0f MiB", heapMb);
    return String.format(
        Locale.ROOT,
        "%-58s %9.1f %-4s %-13s target %s %6.1f %-4s %-15s %s",
        name,
        value,
        unit,
        p,
        lowerIsBetter ? "<" : ">=",
        target,
        unit,
        heap,
        passed() ? "PASS" : "MISS");
  }
}
