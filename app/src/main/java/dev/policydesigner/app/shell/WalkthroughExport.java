package dev.policydesigner.app.shell;

import dev.policydesigner.export.walkthrough.WalkthroughExportException;
import dev.policydesigner.export.walkthrough.WalkthroughMarkdownWriter;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.walkthrough.Walkthrough;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.DirectoryChooser;

/** File → Export walkthrough…: a Markdown document with one image per step. */
final class WalkthroughExport {
  private final MainWindow window;

  WalkthroughExport(MainWindow window) {
    this.window = window;
  }

  void exportWalkthrough() {
    window
        .active()
        .ifPresent(
            v -> {
              DirectoryChooser chooser = new DirectoryChooser();
              chooser.setTitle("Export walkthrough into a docs folder");
              File dir = chooser.showDialog(window.stage());
              if (dir != null) {
                List<Path> written = write(v.document().current(), dir.toPath());
                if (!written.isEmpty()) {
                  Dialogs.info(
                      window.stage(),
                      "Walkthrough exported",
                      written.get(0) + " and " + (written.size() - 1) + " images.");
                }
              }
            });
  }

  /** Writes the walkthrough into {@code dir}; shows why not and returns nothing on failure. */
  List<Path> write(Diagram diagram, Path dir) {
    try {
      return new WalkthroughMarkdownWriter().write(diagram, Walkthrough.Order.DIAGRAM, dir);
    } catch (WalkthroughExportException e) {
      Dialogs.error(window.stage(), "Cannot export the walkthrough", e.getMessage());
      return List.of();
    }
  }
}
