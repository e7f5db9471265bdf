package dev.policydesigner.app.cli;

/** The command line's exit codes. */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int PROBLEMS = 1;
  public static final int BAD_INPUT = 2;
  public static final int REFUSED = 3;

  private ExitCodes() {}
}
