package dev.policydesigner.export.engine;

import dev.policydesigner.model.check.Problem;
import dev.policydesigner.model.engine.SourceDocument;
import java.util.List;

/**
 * What one template rendered to for one value set.
 *
 * @param file the template, repo-relative
 * @param documents its documents, each part placed at its template line
 * @param problems why it could not be rendered or parsed, at file:line
 */
public record RenderedFile(String file, List<SourceDocument> documents, List<Problem> problems) {
  public RenderedFile {
    documents = List.copyOf(documents);
    problems = List.copyOf(problems);
  }
}
