package dev.policydesigner.app.shell;

import dev.policydesigner.app.canvas.ReadableStart;
import dev.policydesigner.app.document.Document;
import dev.policydesigner.export.repo.CheckoutRoot;
import dev.policydesigner.export.template.read.ImportResult;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.check.Problem;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.stage.DirectoryChooser;

/** File → Import from repo…: reads a checkout in the background and opens it as a document. */
public final class ImportActions {
  private final MainWindow window;
  private final Services services;
  private final ProgressStrip progress;

  ImportActions(MainWindow window, Services services, ProgressStrip progress) {
    this.window = window;
    this.services = services;
    this.progress = progress;
  }

  /** Asks for the checkout, then imports it. */
  public void importFromRepo() {
    DirectoryChooser chooser = new DirectoryChooser();
    chooser.setTitle("Import policy templates from a repo checkout");
    Path last = services.recent().directory("repo");
    if (last != null && last.toFile().isDirectory()) {
      chooser.setInitialDirectory(last.toFile());
    }
    File dir = chooser.showDialog(window.stage());
    if (dir != null) {
      Path root = CheckoutRoot.find(dir.toPath()).root();
      services.recent().rememberDirectory("repo", root);
      importRepo(root);
    }
  }

  /**
   * Imports the checkout {@code chosen} lies in on a background thread with a progress bar; when
   * done, opens the diagram in a new tab, laid out left to right, with the import's problems in its
   * Problems tab. The new document has never been saved, so it counts as unsaved.
   */
  public Task<ImportResult> importRepo(Path chosen) {
    Path repo = CheckoutRoot.find(chosen).root();
    RepoImportTask task = new RepoImportTask(repo);
    progress.follow(task);
    task.setOnSucceeded(e -> opened(repo, task.getValue()));
    task.setOnFailed(
        e ->
            Dialogs.error(
                window.stage(),
                "Cannot import " + repo.getFileName(),
                Optional.ofNullable(task.getException()).map(Throwable::getMessage).orElse(null)));
    Thread thread = new Thread(task, "repo-import");
    thread.setDaemon(true);
    thread.start();
    return task;
  }

  private void opened(Path repo, ImportResult result) {
    Document document = new Document(result.diagram(), null);
    document.markUnsaved();
    document.repoProperty().set(repo);
    DocumentView view = window.open(document);
    // the canvas has its size once the new tab has been laid out: fit it on the next pulse
    Platform.runLater(() -> openReadable(view, result.diagram()));
    List<Problem> problems = result.problems();
    view.problems().setImportProblems(problems);
    if (!problems.isEmpty()) {
      view.showTab("tab-problems");
    }
  }

  /**
   * Fits the imported diagram, laid out by namespace as the importer placed it; a big cluster opens
   * with one card per namespace, readable at once.
   */
  private void openReadable(DocumentView view, Diagram imported) {
    view.document().replace(ReadableStart.of(imported), null);
    view.document().markUnsaved();
    view.canvas().zoomToFit();
  }
}
