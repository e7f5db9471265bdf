package dev.policydesigner.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The quick benchmark runs headless and reports one PASS or MISS line per target. */
class BenchmarkCommandTest {
  private static final List<String> TARGETS =
      List.of(
          "derive + write",
          "render 40 templates",
          "Template tab refresh",
          "canvas fps",
          "zoom to fit",
          "zoom step of the wheel",
          "pan step",
          "process start to main window shown",
          "import 40 templates",
          "check --repo 40 templates vs makejinja-render.py --tree",
          "check --repo 200 templates");

  @Test
  void quickBenchmarkReportsEveryTargetOnceWithPassOrMiss() {
    CliRun run = CliRun.of("benchmark", "--quick");
    assertEquals(0, run.exitCode(), run.err() + run.out());
    List<String> lines = Arrays.asList(run.out().split("\\R"));
    for (String target : TARGETS) {
      List<String> matching = lines.stream().filter(l -> l.startsWith(target)).toList();
      assertEquals(1, matching.size(), target + " in:\n" + run.out());
      String line = matching.get(0).strip();
      assertTrue(line.endsWith("PASS") || line.endsWith("MISS"), line);
    }
    String verdict = lines.get(lines.size() - 1).strip();
    assertTrue(
        verdict.equals("All targets met.") || verdict.equals("Some targets missed."), verdict);
  }
}
