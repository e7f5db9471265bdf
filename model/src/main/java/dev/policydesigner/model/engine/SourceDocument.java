package dev.policydesigner.model.engine;

import java.util.Objects;

/**
 * One YAML document a template rendered to, parsed into maps, lists and scalars.
 *
 * @param file the template (or plain file) it came from, repo-relative
 * @param line the template line where the document starts, from 1
 * @param content the parsed document (usually a map); {@code null} for an empty document
 * @param lines where the nodes of {@code content} came from
 */
public record SourceDocument(String file, int line, Object content, SourceLines lines) {
  public SourceDocument {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(lines, "lines");
  }

  /** A document without line information: every part is placed at {@code line}. */
  public static SourceDocument of(String file, int line, Object content) {
    return new SourceDocument(file, line, content, new SourceLines());
  }
}
