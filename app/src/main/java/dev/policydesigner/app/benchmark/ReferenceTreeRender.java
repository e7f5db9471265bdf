package dev.policydesigner.app.benchmark;

import dev.policydesigner.export.preview.ReferenceRenderer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Timed whole-tree renders of a repo by the reference renderer ({@code makejinja-render.py --tree}
 * with the repo's {@code cluster.yaml} and plugins), the yardstick the in-app renderer and {@code
 * check --repo} are compared with: one warm-up and five runs, one run in quick mode.
 */
final class ReferenceTreeRender {
  private ReferenceTreeRender() {}

  /** The milliseconds of each measured render of {@code repo}'s templates, sorted. */
  static double[] time(BenchmarkContext context, Path repo) throws Exception {
    List<String> renderer =
        context
            .referenceRenderer()
            .orElseThrow(() -> new IllegalStateException(ReferenceRenderer.INSTALL_HINT));
    Path out =
        Files.createDirectories(
            context.workDir().resolve("reference-tree").resolve(repo.getFileName().toString()));
    Runs runs = context.quick() ? new Runs(0, 1) : new Runs(1, 5);
    return runs.time(
        () -> {
          List<String> command = new ArrayList<>(renderer);
          command.addAll(
              List.of(
                  "--tree",
                  repo.resolve("templates").toString(),
                  out.toString(),
                  "-v",
                  repo.resolve("cluster.yaml").toString(),
                  "--repo",
                  repo.toString()));
          Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
          String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
          if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("makejinja-render.py --tree failed: " + output);
          }
        });
  }
}
