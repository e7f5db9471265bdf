package dev.policydesigner.app.cli;

import dev.policydesigner.app.benchmark.BenchmarkSuite;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code benchmark [--quick]}: measures the speed targets and prints PASS/MISS per line. */
@Command(
    name = "benchmark",
    mixinStandardHelpOptions = true,
    description = "Measures the speed targets on generated cluster-sized diagrams.")
final class BenchmarkCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--quick", description = "Runs few repetitions (under a minute).")
  boolean quick;

  @Option(
      names = "--full",
      description = "Runs all repetitions (the default; for scripts that pass a mode).")
  boolean full;

  @Override
  public Integer call() throws Exception {
    if (quick && full) {
      throw new UserInputException("choose --quick or --full, not both");
    }
    new BenchmarkSuite(quick).run(spec.commandLine().getOut());
    return ExitCodes.OK;
  }
}
