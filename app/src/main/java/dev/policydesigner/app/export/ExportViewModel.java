package dev.policydesigner.app.export;

import dev.policydesigner.app.document.Document;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

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

  public ExportViewModel(Document document, ExportService service) {
    this.document = document;
    this.service = service;
    document.repoProperty().addListener((o, a, repo) -> refresh());
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
      status.set(summary(p));
      return true;
    } catch (IOException | RuntimeException e) {
      plan.set(null);
      files.clear();
      status.set("Cannot plan the export into " + repo + ": " + e.getMessage());
      return false;
    }
  }

  private static String summary(ExportPlan p) {
    long changes =
        p.files().stream().filter(f -> f.status() != PlannedFile.Status.UNCHANGED).count();
    long conflicts =
        p.files().stream().filter(f -> f.status() == PlannedFile.Status.CONFLICT).count();
    return changes == 0
        ? "Everything in " + p.repo() + " is up to date."
        : changes
            + " file(s) to write into "
            + p.repo()
            + (conflicts > 0
                ? "; " + conflicts + " changed by hand (replace only if you tick it)"
                : "");
  }

  /** Writes the plan; the result's message says what happened. */
  public Result write() {
    ExportPlan p = plan.get();
    if (p == null) {
      return new Result(false, "There is no export plan: choose a repo checkout first.");
    }
    try {
      service.write(document.current(), p, Set.copyOf(consent));
      long written =
          p.files().stream()
              .filter(
                  f ->
                      f.status() == PlannedFile.Status.NEW
                          || f.status() == PlannedFile.Status.CHANGED
                          || consent.contains(f.path()))
              .count();
      refresh();
      return new Result(true, "Wrote " + written + " file(s) into " + p.repo());
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
