package dev.policydesigner.app;

import dev.policydesigner.app.cli.CommandLine;
import java.util.Optional;

/**
 * Entry point: a subcommand (or an option such as {@code --help}) runs the command line; otherwise
 * the window opens on the given diagram files, or on the built-in examples when none are given.
 */
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
    LaunchArguments launch = LaunchArguments.of(args, CommandLine.subcommandNames());
    if (launch.commandLine()) {
      System.exit(CommandLine.run(args));
    }
    Optional<String> problem = launch.problem(args);
    if (problem.isPresent()) {
      System.err.println("error: " + problem.get());
      System.exit(2);
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
