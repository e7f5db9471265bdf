package dev.policydesigner.app;

import java.util.logging.Logger;

/**
 * The launcher runs JavaFX from the class path on purpose (one class path for the window, the
 * command line and the class-data archive). JavaFX then logs "Unsupported JavaFX configuration" at
 * every start, which tells users nothing they can act on; this drops that one message and lets
 * every other JavaFX message through.
 */
final class ClasspathJavaFxNotice {
  private static final Logger JAVAFX = Logger.getLogger("javafx");
  private static final String MESSAGE = "Unsupported JavaFX configuration";

  private ClasspathJavaFxNotice() {}

  static void silence() {
    JAVAFX.setFilter(r -> r.getMessage() == null || !r.getMessage().startsWith(MESSAGE));
  }
}
