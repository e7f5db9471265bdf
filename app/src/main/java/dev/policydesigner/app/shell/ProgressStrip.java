package dev.policydesigner.app.shell;

import javafx.concurrent.Worker;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;

/** A strip at the bottom of the window showing a background job's progress while it runs. */
final class ProgressStrip extends HBox {
  private final Label message = new Label();
  private final ProgressBar bar = new ProgressBar();

  ProgressStrip() {
    super(10);
    setId("progress-strip");
    getStyleClass().add("progress-strip");
    setAlignment(Pos.CENTER_LEFT);
    bar.setPrefWidth(260);
    getChildren().addAll(bar, message);
    managedProperty().bind(visibleProperty());
    setVisible(false);
  }

  /** Shows {@code worker}'s progress and message until it ends. */
  void follow(Worker<?> worker) {
    bar.progressProperty().bind(worker.progressProperty());
    message.textProperty().bind(worker.messageProperty());
    setVisible(true);
    worker
        .runningProperty()
        .addListener(
            (o, was, running) -> {
              if (!running) {
                setVisible(false);
              }
            });
  }
}
