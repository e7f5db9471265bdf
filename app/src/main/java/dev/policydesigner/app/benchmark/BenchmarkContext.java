package dev.policydesigner.app.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Sizes and locations a benchmark run uses. {@code quick} shrinks the repetitions so the whole
 * suite runs in well under a minute (for the test that checks every line is reported).
 */
record BenchmarkContext(boolean quick, Path workDir, Optional<Path> oracleScript) {
  /** Warm-up and measured runs for in-process timings. */
  Runs runs() {
    return quick ? new Runs(3, 5) : new Runs(10, 30);
  }

  /** Fresh JVMs started for cold timings. */
  int coldStarts() {
    return quick ? 1 : 5;
  }

  /**
   * The makejinja reference renderer, looked up as {@code shared/tools/makejinja-render.py} next to
   * the project (system property {@code policy-designer.shared} overrides).
   */
  static Optional<Path> findOracle() {
    String configured =
        System.getProperty("policy-designer.shared", System.getProperty("shared.dir"));
    String home = System.getProperty("policy-designer.home", ".");
    Path shared = configured != null ? Path.of(configured) : Path.of(home).resolve("../shared");
    Path script = shared.resolve("tools/makejinja-render.py").toAbsolutePath().normalize();
    return Files.isRegularFile(script) ? Optional.of(script) : Optional.empty();
  }
}
