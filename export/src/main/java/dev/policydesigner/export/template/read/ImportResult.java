package dev.policydesigner.export.template.read;

import dev.policydesigner.export.check.TemplateLines;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.check.Problem;
import java.util.List;
import java.util.Objects;

/**
 * The diagram built from a repo's policy templates, and what could not be read as expected.
 *
 * @param diagram the diagram (files carry their import record)
 * @param problems problems with file and line, in file order, code {@link #CODE}: errors for files
 *     not imported at all, warnings for parts kept as written
 * @param filesRead how many policy templates were read
 * @param lines where the flows' rules and the policies sit in the files read
 */
public record ImportResult(
    Diagram diagram, List<Problem> problems, int filesRead, TemplateLines lines) {
  public ImportResult {
    problems = List.copyOf(problems);
    Objects.requireNonNull(lines, "lines");
  }

  /** Whether some file could not be imported at all. */
  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }

  /** The code of every problem the import reports. */
  public static final String CODE = "import";

  /** A file (or document) that could not be imported at all; {@code line} 0 for the whole file. */
  static Problem error(String file, int line, String message) {
    return Problem.error(CODE, message).atFile(file, line > 0 ? line : null);
  }

  /** A part kept as written, or a doubt about the file; {@code line} 0 for the whole file. */
  static Problem warning(String file, int line, String message) {
    return Problem.warning(CODE, message).atFile(file, line > 0 ? line : null);
  }
}
