package dev.policydesigner.export.template.read;

import dev.policydesigner.export.repo.CheckoutRecovery;
import dev.policydesigner.export.repo.RepoException;
import dev.policydesigner.model.check.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * What {@code policy-designer import --repo DIR [--under SUBDIR]} and <i>File → Import from
 * repo…</i> call: imports the repo and words the outcome for a person.
 */
public final class ImportCommand {
  private final RepoImporter importer = new RepoImporter();

  /**
   * Imports the policy templates under {@code repo/templates[/under]}.
   *
   * @param progress told (files read, files to read) after each file; may be {@code null}
   * @throws IOException when the repo or its templates directory cannot be read (the message names
   *     the path)
   */
  public ImportResult run(Path repo, String under, BiConsumer<Integer, Integer> progress)
      throws IOException {
    try {
      CheckoutRecovery.recover(repo);
    } catch (RepoException e) {
      throw new IOException(e.getMessage(), e);
    }
    return importer.importRepo(repo, under, progress == null ? (a, b) -> {} : progress);
  }

  /** Each problem as {@code file:line: message}, in file order. */
  public static List<String> problemLines(ImportResult result) {
    return result.problems().stream().map(Problem::toString).toList();
  }

  /** One line summing up the import, e.g. "Imported 2 policy files: 9 nodes, 11 flows". */
  public static String summary(ImportResult result) {
    long oneSided = result.diagram().flows().stream().filter(f -> f.isOneSided()).count();
    return "Imported "
        + result.filesRead()
        + " policy files: "
        + result.diagram().nodes().size()
        + " nodes, "
        + result.diagram().flows().size()
        + " flows ("
        + oneSided
        + " one-sided), "
        + result.problems().size()
        + " problems";
  }

  /** 0 when every file imported, 1 when some file could not be imported. */
  public static int exitCode(ImportResult result) {
    return result.hasErrors() ? 1 : 0;
  }
}
