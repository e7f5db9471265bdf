package dev.policydesigner.app.cli;

import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;

/**
 * The headless command line: {@code policy-designer SUBCOMMAND …}. Exit codes: 0 ok, 1 problems
 * found, 2 bad input or usage, 3 export refused because it would overwrite changed files.
 */
public final class CommandLine {
  private CommandLine() {}

  /** The names of the subcommands, e.g. {@code check}. */
  public static Set<String> subcommandNames() {
    // read from the annotations: building the whole command line would slow the window's start
    Set<String> names = new LinkedHashSet<>();
    for (Class<?> c : RootCommand.class.getAnnotation(Command.class).subcommands()) {
      Command command = c.getAnnotation(Command.class);
      names.add(command.name());
      names.addAll(List.of(command.aliases()));
    }
    return names;
  }

  /** The root command with its subcommands, each printing the build's version. */
  static picocli.CommandLine commands() {
    picocli.CommandLine cli = new picocli.CommandLine(new RootCommand());
    cli.registerConverter(java.nio.file.Path.class, PathArgument::convert);
    withVersion(cli);
    return cli;
  }

  private static void withVersion(picocli.CommandLine c) {
    c.getCommandSpec().versionProvider(new BuildVersion());
    c.getSubcommands().values().forEach(CommandLine::withVersion);
  }

  /** Runs the command line on the process's standard streams. */
  public static int run(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    return run(args, out, err);
  }

  /** Runs the command line with the given streams (for tests). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    picocli.CommandLine cli = commands();
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler(
        (ex, a) -> {
          err.println("error: " + ex.getMessage());
          err.println(
              "Run 'policy-designer " + commandPath(ex.getCommandLine()) + " --help' for usage.");
          return ExitCodes.BAD_INPUT;
        });
    cli.setExecutionExceptionHandler(
        (ex, c, parsed) -> {
          if (ex instanceof UserInputException u) {
            err.println("error: " + u.getMessage());
            return u.exitCode();
          }
          err.println("error: " + ex);
          return ExitCodes.BAD_INPUT;
        });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  private static String commandPath(picocli.CommandLine c) {
    String path = c.getCommandSpec().qualifiedName(" ");
    return path.startsWith("policy-designer")
        ? path.substring("policy-designer".length()).strip()
        : path;
  }
}
