package dev.policydesigner.app.shell;

import dev.policydesigner.app.image.ImageExport;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;

/** File → Export image…: PNG or SVG by extension, of the whole diagram or the selection. */
final class ImageExportAction {
  private final MainWindow window;

  ImageExportAction(MainWindow window) {
    this.window = window;
  }

  void exportImage() {
    window.active().ifPresent(this::exportImage);
  }

  private void exportImage(DocumentView view) {
    Set<String> selection = Set.copyOf(view.document().selection().ids());
    List<String> ids = List.of();
    if (!selection.isEmpty()) {
      ButtonType part = new ButtonType("Selection only", ButtonBar.ButtonData.YES);
      ButtonType all = new ButtonType("Whole diagram", ButtonBar.ButtonData.NO);
      Alert ask =
          new Alert(
              Alert.AlertType.CONFIRMATION,
              "The selected nodes and flows, or everything?",
              part,
              all,
              ButtonType.CANCEL);
      ask.initOwner(window.stage());
      ask.setHeaderText("Export the selection or the whole diagram?");
      ButtonType answer = ask.showAndWait().orElse(ButtonType.CANCEL);
      if (answer == ButtonType.CANCEL) {
        return;
      }
      ids = answer == part ? List.copyOf(selection) : List.of();
    }
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Export image");
    chooser
        .getExtensionFilters()
        .addAll(
            new FileChooser.ExtensionFilter("PNG image (*.png)", "*.png"),
            new FileChooser.ExtensionFilter("SVG drawing (*.svg)", "*.svg"));
    chooser.setInitialFileName(view.document().name() + ".png");
    File f = chooser.showSaveDialog(window.stage());
    if (f != null) {
      write(view, ids, f.toPath());
    }
  }

  /** Writes the picture, or shows why it could not be written; true when written. */
  boolean write(DocumentView view, List<String> selection, Path file) {
    if (!ImageExport.supports(file)) {
      Dialogs.error(
          window.stage(),
          "Cannot export " + file.getFileName(),
          "Give a file name ending in .png or .svg.");
      return false;
    }
    try {
      ImageExport.write(view.document().current(), selection, file);
      return true;
    } catch (IOException | RuntimeException e) {
      Dialogs.error(window.stage(), "Cannot export " + file.getFileName(), e.getMessage());
      return false;
    }
  }
}
