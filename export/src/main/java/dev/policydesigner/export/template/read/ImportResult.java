package dev.policydesigner.export.template.read;

import dev.policydesigner.model.Diagram;
import java.util.List;

/**
 * The diagram built from a repo's policy templates, and what could not be read as expected.
 *
 * @param diagram the diagram (files carry their import record)
 * @param problems problems with file and line, in file order
 * @param filesRead how many policy templates were read
 */
public record ImportResult(Diagram diagram, List<ImportProblem> problems, int filesRead) {
  public ImportResult {
    problems = List.copyOf(problems);
  }

  /** Whether some file could not be imported at all. */
  public boolean hasErrors() {
    return problems.stream().anyMatch(ImportProblem::error);
  }
}
