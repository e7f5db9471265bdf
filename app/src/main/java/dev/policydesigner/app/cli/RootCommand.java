package dev.policydesigner.app.cli;

import picocli.CommandLine.Command;

/** {@code policy-designer}: the subcommands. */
@Command(
    name = "policy-designer",
    mixinStandardHelpOptions = true,
    version = "Cilium Policy Designer 0.1.0",
    description = {
      "Design CiliumNetworkPolicies as a flow graph and write them as makejinja templates.",
      "Without a subcommand, ./policy-designer opens the window on the built-in examples."
    },
    subcommands = {
      ExampleCommand.class,
      ExportCommand.class,
      ImportRepoCommand.class,
      CheckCommand.class,
      RenderCommand.class,
      SimulateCommand.class,
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
