package dev.policydesigner.app.shell;

import dev.policydesigner.app.report.DiffFormats;
import dev.policydesigner.export.engine.CheckoutPolicies;
import dev.policydesigner.export.engine.DiagramComparison;
import dev.policydesigner.export.preview.ValuesSource;
import dev.policydesigner.export.repo.GitRevision;
import dev.policydesigner.export.repo.RepoCheckout;
import dev.policydesigner.model.Diagram;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;

/**
 * File → Compare with revision…: what the diagram, exported into its checkout, changes against a
 * git revision of that checkout; the flows whose connections change are coloured on the canvas
 * (added green, removed red, both amber) and the changes are listed.
 */
final class CompareActions {
  private final MainWindow window;

  CompareActions(MainWindow window) {
    this.window = window;
  }

  void compareWithRevision() {
    Optional<DocumentView> active = window.active();
    if (active.isEmpty()) {
      return;
    }
    DocumentView view = active.get();
    Path repo = view.document().repoProperty().get();
    if (repo == null) {
      Dialogs.info(
          window.stage(),
          "No checkout to compare with",
          "Comparing needs the checkout this diagram belongs to: export it to a repo, or import"
              + " it from one, first.");
      return;
    }
    TextInputDialog ask = new TextInputDialog("HEAD");
    ask.initOwner(window.stage());
    ask.setTitle("Compare with revision");
    ask.setHeaderText("Compare what this diagram ships with a git revision of " + repo);
    ask.setContentText("Revision:");
    ask.getEditor().setId("compare-revision");
    ask.showAndWait()
        .map(String::strip)
        .filter(r -> !r.isEmpty())
        .ifPresent(rev -> run(view, repo, rev));
  }

  private void run(DocumentView view, Path repo, String revision) {
    Diagram diagram = view.document().current();
    Task<DiagramComparison> task =
        new Task<>() {
          @Override
          protected DiagramComparison call() throws Exception {
            RepoCheckout checkout = RepoCheckout.open(repo);
            try (GitRevision base = GitRevision.of(checkout.root(), revision)) {
              Map<String, Object> values = ValuesSource.ofRepo(checkout.root()).values();
              return DiagramComparison.of(
                  diagram,
                  CheckoutPolicies.read(base.checkout()),
                  CheckoutPolicies.read(checkout.root()),
                  values);
            }
          }
        };
    task.setOnSucceeded(e -> show(view, revision, task.getValue()));
    task.setOnFailed(
        e ->
            Dialogs.error(
                window.stage(),
                "Cannot compare with " + revision,
                task.getException().getMessage()));
    Thread t = new Thread(task, "compare-with-revision");
    t.setDaemon(true);
    t.start();
  }

  private void show(DocumentView view, String revision, DiagramComparison result) {
    view.canvas().overlay().setComparison(result);
    Alert alert = new Alert(Alert.AlertType.INFORMATION);
    alert.initOwner(window.stage());
    alert.setTitle("Compare with revision");
    alert.setHeaderText(
        result.isEmpty()
            ? "No connection changes against " + revision
            : result.flowMarks().size()
                + " flows changed against "
                + revision
                + " (coloured on the canvas: added green, removed red, both amber)");
    TextArea text = new TextArea(DiffFormats.text(result.diffs(), "the checkout's cluster.yaml"));
    text.setEditable(false);
    text.setId("compare-report");
    text.setPrefColumnCount(90);
    text.setPrefRowCount(18);
    alert.getDialogPane().setContent(text);
    alert.show();
  }

  void clear() {
    window.active().ifPresent(v -> v.canvas().overlay().setComparison(null));
  }
}
