package dev.policydesigner.model.engine;

import java.util.Objects;

/**
 * Something in a document the engine could not read, or reads only in part.
 *
 * @param file the template
 * @param line the template line
 * @param message what is wrong and what the engine did with it
 */
public record ReadProblem(String file, int line, String message) {
  public ReadProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
  }

  /** {@code file:line: message}. */
  public String label() {
    return file + ":" + line + ": " + message;
  }
}
