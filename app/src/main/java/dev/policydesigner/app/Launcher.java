package dev.policydesigner.app;

/** Entry point: no arguments opens the window, a subcommand runs the command line. */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) {
    System.out.println("Cilium Policy Designer");
  }
}
