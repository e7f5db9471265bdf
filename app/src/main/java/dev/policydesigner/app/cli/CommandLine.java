package dev.policydesigner.app.cli;

/** The headless command line; subcommands are added here. */
public final class CommandLine {
  private CommandLine() {}

  /** Runs the subcommand named by {@code args[0]}; returns the process exit code. */
  public static int run(String[] args) {
    System.err.println("unknown command: " + args[0]);
    return 2;
  }
}
