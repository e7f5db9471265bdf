package dev.policydesigner.app.benchmark;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The start of a command line for a fresh JVM like this one: same java, same JVM tuning flags
 * (compiler, class-data archive, logging, as the launcher script sets them) and same class path.
 */
final class ChildJvm {
  private ChildJvm() {}

  /** {@code java <flags of this JVM>}; add properties, then {@link #classPathAndMain}. */
  static List<String> command() {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (arg.startsWith("-XX:") || arg.startsWith("-Xlog") || arg.startsWith("-Xshare")) {
        command.add(arg);
      }
    }
    return command;
  }

  /** {@code -cp <this class path> <main>}. */
  static List<String> classPathAndMain(String main) {
    return List.of("-cp", System.getProperty("java.class.path"), main);
  }
}
