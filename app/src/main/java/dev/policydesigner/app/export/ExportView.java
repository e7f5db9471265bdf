package dev.policydesigner.app.export;

import dev.policydesigner.app.canvas.Glyphs;
import dev.policydesigner.icons.Icon;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.controlsfx.control.Notifications;

/** The export plan: files to write, each file's diff, and the Write button. */
public final class ExportView extends BorderPane {
  private final ExportViewModel model;
  private Runnable onChooseRepo = () -> {};
  private final ListView<PlannedFile> list;

  public ExportView(ExportViewModel model) {
    this.model = model;
    getStyleClass().add("export-view");
    setId("export-view");
    Label status = new Label();
    status.textProperty().bind(model.statusProperty());
    status.getStyleClass().add("export-status");
    status.setMaxWidth(Double.MAX_VALUE);
    status.setMinWidth(0);
    status.setWrapText(true);
    status.setMaxHeight(40);
    status
        .tooltipProperty()
        .bind(
            Bindings.createObjectBinding(
                () -> new Tooltip(status.getText()), status.textProperty()));
    HBox.setHgrow(status, Priority.ALWAYS);
    Button choose = new Button("Choose repo…", Glyphs.icon(Icon.OPEN, Icon.SMALL));
    choose.setId("export-choose");
    choose.setMinWidth(Region.USE_PREF_SIZE);
    choose.setTooltip(new Tooltip("Pick the repo checkout to export into"));
    choose.setOnAction(e -> onChooseRepo.run());
    Button write = new Button("Write files…", Glyphs.icon(Icon.EXPORT, Icon.SMALL));
    write.setId("export-write");
    write.getStyleClass().add("accent-button");
    write.setMinWidth(Region.USE_PREF_SIZE);
    write.setTooltip(new Tooltip("Write the new and changed files into the checkout"));
    write.disableProperty().bind(model.toWriteProperty().isEqualTo(0));
    write.setOnAction(e -> confirmAndWrite());
    HBox bar = new HBox(8, status, choose, write);
    bar.getStyleClass().add("export-bar");
    list = new ListView<>(model.files());
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

  /** Selects the first file the export would change, showing its diff. */
  public void selectFirstChange() {
    model.files().stream()
        .filter(f -> f.status() != PlannedFile.Status.UNCHANGED)
        .findFirst()
        .ifPresent(f -> list.getSelectionModel().select(f));
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

  /** Status, file name and folder; the whole path as tooltip. */
  private static final class PlannedFileCell extends ListCell<PlannedFile> {
    private final Label state = new Label();
    private final Label name = new Label();
    private final Label folder = new Label();
    private final HBox row = new HBox(8, state, name, folder);

    PlannedFileCell() {
      state.getStyleClass().add("file-state");
      state.setMinWidth(Region.USE_PREF_SIZE);
      name.getStyleClass().add("file-name");
      name.setMinWidth(Region.USE_PREF_SIZE);
      folder.getStyleClass().add("file-folder");
      folder.setMinWidth(0);
      folder.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
      row.setAlignment(Pos.CENTER_LEFT);
      setPrefWidth(0); // as wide as the list, never wider: the folder is cut, not the list
    }

    @Override
    protected void updateItem(PlannedFile f, boolean empty) {
      super.updateItem(f, empty);
      getStyleClass().removeAll("file-new", "file-changed", "file-unchanged", "file-conflict");
      setText(null);
      if (empty || f == null) {
        setGraphic(null);
        setTooltip(null);
        return;
      }
      state.setText(f.status().word());
      int slash = f.path().lastIndexOf('/');
      name.setText(f.path().substring(slash + 1));
      folder.setText(slash < 0 ? "" : f.path().substring(0, slash + 1));
      setGraphic(row);
      setTooltip(new Tooltip(f.path() + "\n" + f.status().explanation()));
      getStyleClass().add("file-" + f.status().name().toLowerCase(Locale.ROOT));
    }
  }
}
