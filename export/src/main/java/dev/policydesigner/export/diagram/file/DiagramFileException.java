package dev.policydesigner.export.diagram.file;

import dev.policydesigner.model.check.Problem;
import java.util.List;

/**
 * A diagram file could not be read or written. The message lists every problem found, one per line
 * as {@code file:line:column: message} (or {@code file: message} without a position).
 */
public final class DiagramFileException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String fileName;
  private final transient List<Problem> problems;
  private final List<String> details;

  /** Problems in {@code fileName}, with their {@code file:line:column: message} lines. */
  public DiagramFileException(String fileName, List<Problem> problems, List<String> details) {
    super(String.join("\n", details));
    this.fileName = fileName;
    this.problems = List.copyOf(problems);
    this.details = List.copyOf(details);
  }

  /** A single problem without a position, e.g. an I/O error. */
  public static DiagramFileException of(String fileName, String code, String message) {
    Problem problem = Problem.error(code, message).atFile(fileName, null);
    return new DiagramFileException(fileName, List.of(problem), List.of(fileName + ": " + message));
  }

  /** The file concerned, as named by the caller. */
  public String fileName() {
    return fileName;
  }

  /** Every problem, each with the file and its 1-based line when there is one. */
  public List<Problem> problems() {
    return problems;
  }

  /** One line per problem: {@code file:line:column: message}. */
  public List<String> details() {
    return details;
  }
}
