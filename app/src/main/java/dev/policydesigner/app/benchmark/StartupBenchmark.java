package dev.policydesigner.app.benchmark;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Process start to main window shown, in fresh JVMs (headless when there is no display). */
final class StartupBenchmark implements BenchmarkCase {
  // Named, not referenced: the entry point depends on the command line, which runs this.
  private static final String LAUNCHER = "dev.policydesigner.app.Launcher";
  private static final String STARTUP_PROBE = "policy-designer.startupProbe";

  @Override
  public List<Measurement> run(BenchmarkContext context) throws Exception {
    int starts = context.coldStarts();
    double[] ms = new double[starts];
    for (int i = 0; i < starts; i++) {
      ms[i] = once(context.workDir());
    }
    Arrays.sort(ms);
    return List.of(
        new Measurement(
            "process start to main window shown (fresh JVM, median of " + starts + ")",
            Runs.median(ms),
            starts > 1 ? Runs.p95(ms) : Double.NaN,
            "ms",
            2500,
            true,
            Double.NaN));
  }

  private static double once(Path work) throws Exception {
    List<String> command = new ArrayList<>(ChildJvm.command());
    command.add("-D" + STARTUP_PROBE + "=true");
    command.add("-Djava.util.prefs.userRoot=" + work.resolve("prefs"));
    command.add("-Duser.home=" + work.resolve("home"));
    String display = System.getenv("DISPLAY");
    if (display == null || display.isBlank()) {
      command.addAll(
          List.of(
              "-Dglass.platform=Monocle",
              "-Dmonocle.platform=Headless",
              "-Dprism.order=sw",
              "-Dheadless.geometry=1600x1000-32"));
    }
    command.addAll(ChildJvm.classPathAndMain(LAUNCHER));
    long start = System.nanoTime();
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    StringBuilder output = new StringBuilder();
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.startsWith("window-shown")) {
          double ms = (System.nanoTime() - start) / 1e6;
          p.waitFor(30, TimeUnit.SECONDS);
          p.destroy();
          return ms;
        }
        output.append(line).append('\n');
      }
    }
    p.waitFor(30, TimeUnit.SECONDS);
    throw new IllegalStateException("the window never showed:\n" + output);
  }
}
