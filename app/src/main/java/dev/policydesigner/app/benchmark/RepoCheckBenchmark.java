package dev.policydesigner.app.benchmark;

import dev.policydesigner.export.preview.ReferenceRenderer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code check --repo} of a generated repo, cold: each run starts a fresh JVM ({@code Launcher
 * check --repo …}) which times only the check itself (kustomization guards, import, validation and
 * lints; not JVM start-up). Against the 40-template repo it is compared with a whole-tree render of
 * the same repo by {@code makejinja-render.py --tree} in the same run (target: at most 3×); a large
 * repo has an absolute target that grows linearly: 2,000 templates under 20 s in the full run, 200
 * templates under 2 s in the quick one.
 */
final class RepoCheckBenchmark implements BenchmarkCase {
  private final Path repo;
  private final int largeTemplates;
  private final double largeTargetSeconds;

  /**
   * Measures {@code repo} against the reference renderer and a generated repo of {@code
   * largeTemplates} policy templates against {@code largeTargetSeconds}.
   */
  RepoCheckBenchmark(Path repo, int largeTemplates, double largeTargetSeconds) {
    this.repo = repo;
    this.largeTemplates = largeTemplates;
    this.largeTargetSeconds = largeTargetSeconds;
  }

  @Override
  public List<Measurement> run(BenchmarkContext context) throws Exception {
    if (context.referenceRenderer().isEmpty()) {
      throw new IllegalStateException(ReferenceRenderer.INSTALL_HINT);
    }
    double[] check = cold(context, repo);
    double[] tree = ReferenceTreeRender.time(context, repo);
    double ratio = Runs.median(check) / Runs.median(tree);
    String small =
        String.format(
            java.util.Locale.ROOT,
            "check --repo %d templates vs makejinja-render.py --tree (%.0f vs %.0f ms)",
            GeneratedRepo.policyTemplates(repo),
            Runs.median(check),
            Runs.median(tree));
    List<Measurement> lines = new ArrayList<>();
    lines.add(new Measurement(small, ratio, Double.NaN, "x", 3, true, Double.NaN));
    Path large = GeneratedRepo.create(context.workDir(), largeTemplates);
    double[] big = cold(context, large);
    String name =
        "check --repo "
            + GeneratedRepo.policyTemplates(large)
            + " templates, cold in a fresh JVM (check only)";
    lines.add(
        new Measurement(
            name,
            Runs.median(big) / 1000,
            big.length > 1 ? Runs.p95(big) / 1000 : Double.NaN,
            "s",
            largeTargetSeconds,
            true,
            Double.NaN));
    return lines;
  }

  private static double[] cold(BenchmarkContext context, Path checkout) throws Exception {
    int starts = context.coldStarts();
    double[] ms = new double[starts];
    for (int i = 0; i < starts; i++) {
      ms[i] = checkInFreshJvm(checkout);
    }
    Arrays.sort(ms);
    return ms;
  }

  private static double checkInFreshJvm(Path checkout) throws Exception {
    List<String> command = new ArrayList<>(ChildJvm.command());
    command.addAll(ChildJvm.classPathAndMain("dev.policydesigner.app.Launcher"));
    command.addAll(List.of("check", "--repo", checkout.toString(), "--print-check-millis"));
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    if (!p.waitFor(600, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IllegalStateException("check --repo in a fresh JVM failed: " + output);
    }
    return Double.parseDouble(output);
  }
}
