package dev.policydesigner.app.export;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.controlsfx.control.Notifications;

/** The export plan: files to write, each file's diff, and the Write button. */
public final class ExportView extends BorderPane {
  private final ExportViewModel model;
  private Runnable onChooseRepo = () -> {};

  public ExportView(ExportViewModel model) {
    this.model = model;
    getStyleClass().add("export-view");
    setId("export-view");
    Label status = new Label();
    status.textProperty().bind(model.statusProperty());
    status.getStyleClass().add("export-status");
    status.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(status, Priority.ALWAYS);
    Button choose = new Button("Choose repo…");
    choose.setId("export-choose");
    choose.setOnAction(e -> onChooseRepo.run());
    Button write = new Button("Write files…");
    write.setId("export-write");
    write.getStyleClass().add("accent-button");
    write.disableProperty().bind(model.planProperty().isNull());
    write.setOnAction(e -> confirmAndWrite());
    HBox bar = new HBox(8, status, choose, write);
    bar.getStyleClass().add("export-bar");
    ListView<PlannedFile> list = new ListView<>(model.files());
    list.setId("export-files");
    list.setCellFactory(l -> new PlannedFileCell());
    list.setPlaceholder(new Label("No plan yet."));
    DiffView diff = new DiffView(model);
    list.getSelectionModel().selectedItemProperty().addListener((o, a, f) -> diff.show(f));
    SplitPane split = new SplitPane(list, diff);
    split.setDividerPositions(0.4);
    setTop(bar);
    setCenter(split);
  }

  /** What "Choose repo…" does (it needs the window's directory chooser). */
  public void setOnChooseRepo(Runnable action) {
    onChooseRepo = action;
  }

  /** Asks for confirmation, writes, and reports the outcome as a notification. */
  public void confirmAndWrite() {
    if (model.planProperty().get() == null) {
      return;
    }
    Alert confirm =
        new Alert(
            Alert.AlertType.CONFIRMATION,
            model.statusProperty().get(),
            ButtonType.OK,
            ButtonType.CANCEL);
    confirm.initOwner(getScene().getWindow());
    confirm.setTitle("Export to repo");
    confirm.setHeaderText("Write the planned files?");
    if (confirm.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) {
      return;
    }
    ExportViewModel.Result r = model.write();
    Notifications n =
        Notifications.create()
            .owner(getScene().getWindow())
            .title(r.ok() ? "Export done" : "Export failed")
            .text(r.message());
    if (r.ok()) {
      n.showInformation();
    } else {
      n.showError();
    }
  }

  private static final class PlannedFileCell extends ListCell<PlannedFile> {
    @Override
    protected void updateItem(PlannedFile f, boolean empty) {
      super.updateItem(f, empty);
      getStyleClass().removeAll("file-new", "file-changed", "file-unchanged", "file-conflict");
      if (empty || f == null) {
        setText(null);
        return;
      }
      setText(f.status().name().toLowerCase() + "  " + f.path());
      getStyleClass().add("file-" + f.status().name().toLowerCase());
    }
  }
}
