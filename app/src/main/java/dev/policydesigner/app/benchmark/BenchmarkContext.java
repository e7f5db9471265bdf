package dev.policydesigner.app.benchmark;

import dev.policydesigner.export.preview.ReferenceRenderer;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Sizes and locations a benchmark run uses. {@code quick} shrinks the repetitions so the whole
 * suite runs in well under a minute (for the test that checks every line is reported).
 */
record BenchmarkContext(boolean quick, Path workDir, Optional<List<String>> referenceRenderer) {
  /** Warm-up and measured runs for in-process timings. */
  Runs runs() {
    return quick ? new Runs(3, 5) : new Runs(10, 30);
  }

  /** Fresh JVMs started for cold timings. */
  int coldStarts() {
    return quick ? 1 : 5;
  }

  /**
   * The command that runs the reference renderer ({@code makejinja-render.py} with a Python that
   * has Jinja2), empty when this machine has no such Python.
   */
  static Optional<List<String>> findReference() {
    return ReferenceRenderer.python()
        .map(python -> List.of(python, ReferenceRenderer.script().toString()));
  }
}
