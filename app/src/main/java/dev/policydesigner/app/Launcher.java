package dev.policydesigner.app;

import dev.policydesigner.app.cli.CommandLine;

/** Entry point: no arguments opens the window, a subcommand runs the command line. */
public final class Launcher {
  private Launcher() {}

  private static boolean hasDisplay() {
    boolean linux = System.getProperty("os.name", "").toLowerCase().contains("linux");
    return !linux
        || System.getProperty("glass.platform") != null
        || notBlank(System.getenv("DISPLAY"))
        || notBlank(System.getenv("WAYLAND_DISPLAY"));
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }

  public static void main(String[] args) {
    ClasspathJavaFxNotice.silence();
    if (args.length > 0) {
      System.exit(CommandLine.run(args));
    }
    if (!hasDisplay()) {
      System.err.println(
          "error: no display to open the window on (DISPLAY is not set). Run ./policy-designer"
              + " in a desktop session, or under xvfb-run, or use a subcommand (--help lists"
              + " them).");
      System.exit(2);
    }
    DesignerApplication.launchWindow(args);
  }
}
