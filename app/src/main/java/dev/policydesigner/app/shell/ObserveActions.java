package dev.policydesigner.app.shell;

import dev.policydesigner.export.hubble.HubbleReadResult;
import dev.policydesigner.model.observe.ObservationReport;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import javafx.stage.FileChooser;

/** File → Import Hubble flows… and View → Clear observed flows. */
final class ObserveActions {
  private final MainWindow window;

  ObserveActions(MainWindow window) {
    this.window = window;
  }

  void importHubbleFlows() {
    window
        .active()
        .ifPresent(
            v -> {
              FileChooser chooser = new FileChooser();
              chooser.setTitle("Import Hubble flows (hubble observe -o json)");
              chooser
                  .getExtensionFilters()
                  .addAll(
                      new FileChooser.ExtensionFilter(
                          "Hubble JSON (*.json, *.jsonl)", "*.json", "*.jsonl"),
                      new FileChooser.ExtensionFilter("All files", "*"));
              File f = chooser.showOpenDialog(window.stage());
              if (f != null) {
                load(v, f.toPath());
              }
            });
  }

  /** Overlays the flows of {@code file}; shows why not, or which lines were unreadable. */
  boolean load(DocumentView view, Path file) {
    try {
      HubbleReadResult result = view.observed().load(file);
      ObservationReport report = view.observed().reportProperty().get();
      if (!result.problems().isEmpty()) {
        Dialogs.info(
            window.stage(),
            result.problems().size() + " lines of " + file.getFileName() + " were skipped",
            String.join(
                "\n", result.problems().subList(0, Math.min(10, result.problems().size()))));
      }
      return report != null;
    } catch (IOException | RuntimeException e) {
      Dialogs.error(window.stage(), "Cannot read " + file.getFileName(), e.getMessage());
      return false;
    }
  }

  void clear() {
    window.active().ifPresent(v -> v.observed().clear());
  }
}
