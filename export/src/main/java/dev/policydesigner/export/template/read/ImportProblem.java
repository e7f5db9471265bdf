package dev.policydesigner.export.template.read;

/**
 * Something the import could not read as expected.
 *
 * @param file repo-relative path of the file
 * @param line 1-based line, or {@code 0} for the whole file
 * @param message what is wrong and what happened to it
 * @param error {@code true} when the file (or document) could not be imported at all; {@code false}
 *     for a part kept as written
 */
public record ImportProblem(String file, int line, String message, boolean error) {
  /** {@code file:line: message}. */
  @Override
  public String toString() {
    return (line > 0 ? file + ":" + line : file) + ": " + message;
  }
}
