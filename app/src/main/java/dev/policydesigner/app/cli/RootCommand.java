package dev.policydesigner.app.cli;

import picocli.CommandLine.Command;

/** {@code policy-designer}: the subcommands. */
@Command(
    name = "policy-designer",
    mixinStandardHelpOptions = true,
    versionProvider = BuildVersion.class,
    description = {
      "Designs CiliumNetworkPolicies as a flow graph and writes them as makejinja templates.",
      "Without a subcommand it opens the window: on the given *.flows.yaml files, or on the"
          + " built-in examples when none are given."
    },
    subcommands = {
      ExampleCommand.class,
      ExportCommand.class,
      ImportRepoCommand.class,
      CheckCommand.class,
      RenderCommand.class,
      SimulateCommand.class,
      MatrixCommand.class,
      DiffCommand.class,
      SnapshotCommand.class,
      BenchmarkCommand.class,
      ObserveCommand.class,
      WalkthroughCommand.class
    })
final class RootCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
