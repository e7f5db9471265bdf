package dev.policydesigner.app;

import dev.policydesigner.app.cli.CommandLine;

/** Entry point: no arguments opens the window, a subcommand runs the command line. */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) {
    if (args.length > 0) {
      System.exit(CommandLine.run(args));
    }
    DesignerApplication.launchWindow(args);
  }
}
