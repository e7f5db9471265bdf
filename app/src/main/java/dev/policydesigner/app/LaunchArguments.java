package dev.policydesigner.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What the launcher's arguments ask for: the command line (a subcommand or an option such as {@code
 * --help}), or the window on the given diagram files (on the built-in examples when there are
 * none).
 *
 * @param commandLine whether the command line runs
 * @param files the diagram files to open, absolute, in the order given (empty: the examples)
 */
record LaunchArguments(boolean commandLine, List<Path> files) {
  LaunchArguments {
    files = List.copyOf(files);
  }

  /** Reads {@code args}; {@code subcommands} are the names that start the command line. */
  static LaunchArguments of(String[] args, Collection<String> subcommands) {
    if (args.length > 0 && (args[0].startsWith("-") || subcommands.contains(args[0]))) {
      return new LaunchArguments(true, List.of());
    }
    List<Path> files = new ArrayList<>();
    for (String a : args) {
      files.add(Path.of(a).toAbsolutePath().normalize());
    }
    return new LaunchArguments(false, files);
  }

  /** Why the window cannot open these files (the first that is not a file), if it cannot. */
  Optional<String> problem(String[] args) {
    for (int i = 0; i < files.size(); i++) {
      if (!Files.isRegularFile(files.get(i))) {
        return Optional.of(
            args[i]
                + ": no such diagram file. Give *.flows.yaml files to open, or a subcommand"
                + " (--help lists them).");
      }
    }
    return Optional.empty();
  }
}
