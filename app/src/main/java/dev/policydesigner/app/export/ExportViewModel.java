package dev.policydesigner.app.export;

import dev.policydesigner.app.document.Document;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;

/**
 * The export plan of the document into its repo checkout, the user's consent per hand-edited file,
 * and the outcome of writing.
 */
public final class ExportViewModel {
  private final Document document;
  private final ExportService service;
  private final ReadOnlyObjectWrapper<ExportPlan> plan = new ReadOnlyObjectWrapper<>();
  private final ObservableList<PlannedFile> files = FXCollections.observableArrayList();
  private final ObservableList<PlannedFile> filesView =
      FXCollections.unmodifiableObservableList(files);
  private final ObservableSet<String> consent = FXCollections.observableSet();
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Choose a repo checkout.");

  private final ReadOnlyIntegerWrapper toWrite = new ReadOnlyIntegerWrapper();

  public ExportViewModel(Document document, ExportService service) {
    this.document = document;
    this.service = service;
    consent.addListener(
        (SetChangeListener<String>)
            c -> {
              if (plan.get() != null) {
                toWrite.set(writable(plan.get()));
                status.set(summary(plan.get()));
              }
            });
    document.repoProperty().addListener((o, a, repo) -> refresh());
    if (document.repoProperty().get() != null) {
      refresh(); // a diagram opened with the checkout it was last exported to
    }
    document
        .diagramProperty()
        .addListener(
            (o, a, d) -> {
              if (plan.get() != null) {
                refresh();
              }
            });
  }

  /** Recomputes the plan for the document's repo; returns false (with a status) on failure. */
  public boolean refresh() {
    Path repo = document.repoProperty().get();
    if (repo == null) {
      return false;
    }
    try {
      ExportPlan p = service.plan(document.current(), repo);
      plan.set(p);
      files.setAll(p.files());
      consent.retainAll(p.files().stream().map(PlannedFile::path).toList());
      toWrite.set(writable(p));
      status.set(summary(p));
      return true;
    } catch (IOException | RuntimeException e) {
      plan.set(null);
      files.clear();
      toWrite.set(0);
      status.set("Cannot plan the export into " + repo + ": " + e.getMessage());
      return false;
    }
  }

  /** New and changed files, and hand-edited ones the user agreed to replace. */
  private int writable(ExportPlan p) {
    return (int) p.files().stream().filter(this::written).count();
  }

  private boolean written(PlannedFile f) {
    return f.status() == PlannedFile.Status.NEW
        || f.status() == PlannedFile.Status.CHANGED
        || (f.status() == PlannedFile.Status.CONFLICT && consent.contains(f.path()));
  }

  private String summary(ExportPlan p) {
    long conflicts =
        p.files().stream().filter(f -> f.status() == PlannedFile.Status.CONFLICT).count();
    long left =
        p.files().stream()
            .filter(f -> f.status() == PlannedFile.Status.CONFLICT && !consent.contains(f.path()))
            .count();
    int n = writable(p);
    String head =
        n == 0
            ? (conflicts == 0
                ? "Everything in " + p.repo() + " is up to date."
                : "Nothing to write into " + p.repo())
            : n + (n == 1 ? " file" : " files") + " to write into " + p.repo();
    return head
        + (left > 0
            ? "; "
                + left
                + " changed by hand "
                + (left == 1 ? "is" : "are")
                + " left as "
                + (left == 1 ? "it is" : "they are")
                + " (tick to replace)"
            : "");
  }

  /** How many files Write would write now; 0 disables writing. */
  public ReadOnlyIntegerProperty toWriteProperty() {
    return toWrite.getReadOnlyProperty();
  }

  /** Writes the plan; the result's message says what happened. */
  public Result write() {
    ExportPlan p = plan.get();
    if (p == null) {
      return new Result(false, "There is no export plan: choose a repo checkout first.");
    }
    try {
      service.write(document.current(), p, Set.copyOf(consent));
      long written = writable(p);
      refresh();
      return new Result(
          true, "Wrote " + written + (written == 1 ? " file" : " files") + " into " + p.repo());
    } catch (IOException | RuntimeException e) {
      return new Result(false, "Nothing was written: " + e.getMessage());
    }
  }

  /** The outcome of a write. */
  public record Result(boolean ok, String message) {}

  public ReadOnlyObjectProperty<ExportPlan> planProperty() {
    return plan.getReadOnlyProperty();
  }

  public ObservableList<PlannedFile> files() {
    return filesView;
  }

  /** Paths of hand-edited files the user agreed to replace. */
  public ObservableSet<String> consent() {
    return consent;
  }

  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  public Document document() {
    return document;
  }
}
