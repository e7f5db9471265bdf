package dev.policydesigner.app.shell;

import dev.policydesigner.export.template.read.ImportResult;
import dev.policydesigner.export.template.read.RepoImporter;
import java.nio.file.Path;
import javafx.concurrent.Task;

/** Reads a repo checkout's policy templates off the UI thread, reporting progress over files. */
final class RepoImportTask extends Task<ImportResult> {
  private final Path repo;

  RepoImportTask(Path repo) {
    this.repo = repo;
    updateTitle("Importing " + repo.getFileName());
  }

  @Override
  protected ImportResult call() throws Exception {
    return new RepoImporter()
        .importRepo(
            repo,
            null,
            (done, total) -> {
              updateProgress(done, total);
              updateMessage("Reading templates: " + done + " / " + total + " files");
            });
  }
}
