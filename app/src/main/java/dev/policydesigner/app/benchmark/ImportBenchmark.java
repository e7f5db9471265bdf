package dev.policydesigner.app.benchmark;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Import of the generated repo's 40 policy templates, cold: each run starts a fresh JVM ({@code
 * Launcher import --repo … --out …}) which times only the import itself (reading, parsing,
 * assembling the diagram; not JVM start-up nor writing the diagram file) and prints it.
 */
final class ImportBenchmark implements BenchmarkCase {
  private final Path repo;

  ImportBenchmark(Path repo) {
    this.repo = repo;
  }

  @Override
  public List<Measurement> run(BenchmarkContext context) throws Exception {
    int starts = context.coldStarts();
    double[] ms = new double[starts];
    for (int i = 0; i < starts; i++) {
      ms[i] = importInFreshJvm(context.workDir().resolve("imported-" + i + ".flows.yaml"));
    }
    Arrays.sort(ms);
    String name =
        "import "
            + GeneratedRepo.policyTemplates(repo)
            + " templates, cold in a fresh JVM (import only, no JVM start)";
    return List.of(
        new Measurement(
            name,
            Runs.median(ms),
            starts > 1 ? Runs.p95(ms) : Double.NaN,
            "ms",
            1000,
            true,
            Double.NaN));
  }

  private double importInFreshJvm(Path out) throws Exception {
    List<String> command = new ArrayList<>(ChildJvm.command());
    command.addAll(ChildJvm.classPathAndMain("dev.policydesigner.app.Launcher"));
    command.addAll(
        List.of(
            "import", "--repo", repo.toString(), "--out", out.toString(), "--print-import-millis"));
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IllegalStateException("import in a fresh JVM failed: " + output);
    }
    return Double.parseDouble(output);
  }
}
