package dev.policydesigner.app.export;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** The diff of one planned file, with the consent box for a hand-edited file. */
final class DiffView extends BorderPane {
  private final ExportViewModel model;
  private final Label title = new Label("Select a file to see its changes.");
  private final CheckBox replace =
      new CheckBox("Replace this file although it was changed by hand");
  private final TextFlow lines = new TextFlow();
  private PlannedFile shown;

  DiffView(ExportViewModel model) {
    this.model = model;
    getStyleClass().add("diff-view");
    title.getStyleClass().add("diff-title");
    replace.setId("replace-conflict");
    replace.getStyleClass().add("conflict-consent");
    replace.setOnAction(
        e -> {
          if (shown != null) {
            if (replace.isSelected()) {
              model.consent().add(shown.path());
            } else {
              model.consent().remove(shown.path());
            }
          }
        });
    lines.getStyleClass().add("diff-text");
    setTop(new VBox(4, title));
    setCenter(new ScrollPane(lines));
  }

  void show(PlannedFile file) {
    shown = file;
    lines.getChildren().clear();
    VBox top = new VBox(4, title);
    if (file == null) {
      title.setText("Select a file to see its changes.");
      setTop(top);
      return;
    }
    title.setText(file.path() + " — " + file.status().word());
    if (file.status() == PlannedFile.Status.CONFLICT) {
      replace.setSelected(model.consent().contains(file.path()));
      top.getChildren().add(replace);
    }
    setTop(top);
    for (LineDiff.Line l : LineDiff.diff(file.before(), file.after())) {
      Text t = new Text(l.kind() + " " + l.text() + "\n");
      t.getStyleClass()
          .addAll(
              "diff-line",
              l.kind() == '+' ? "diff-add" : l.kind() == '-' ? "diff-del" : "diff-same");
      lines.getChildren().add(t);
    }
  }
}
