package dev.policydesigner.app.shell;

import dev.policydesigner.app.document.Document;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.edit.ReplaceDiagramEdit;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.util.Duration;

/** Autosave every 30 s, and the offer to restore what a crashed session left behind. */
public final class RecoveryOffer {
  private RecoveryOffer() {}

  /** Starts writing recovery copies of unsaved documents every 30 seconds. */
  public static Timeline startAutosave(MainWindow window) {
    Timeline t =
        new Timeline(new KeyFrame(Duration.seconds(30), e -> window.fileActions().autosave()));
    t.setCycleCount(Timeline.INDEFINITE);
    t.play();
    return t;
  }

  /** Offers to restore recovery copies found at start; they are deleted either way. */
  public static void offer(MainWindow window, Services services) {
    List<Path> leftovers = services.recovery().leftovers();
    if (leftovers.isEmpty()) {
      return;
    }
    ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.YES);
    ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
    Alert alert =
        new Alert(Alert.AlertType.CONFIRMATION, message(leftovers.size()), restore, discard);
    alert.initOwner(window.stage());
    alert.setTitle("Recover unsaved work");
    alert.setHeaderText("Restore unsaved work?");
    boolean yes = alert.showAndWait().orElse(discard) == restore;
    for (Path p : leftovers) {
      if (yes) {
        restore(window, services, p);
      }
      services.recovery().discard(p);
    }
  }

  /** "1 diagram had …" / "2 diagrams had …". */
  static String message(int count) {
    return count
        + (count == 1 ? " diagram" : " diagrams")
        + " had unsaved changes when the designer last stopped.";
  }

  private static void restore(MainWindow window, Services services, Path slot) {
    try {
      Diagram d = services.recovery().read(slot);
      Document doc = new Document(Diagram.empty(d.name()), null);
      doc.perform(ReplaceDiagramEdit.to("Restore unsaved work", d));
      window.open(doc);
    } catch (IOException | RuntimeException e) {
      Dialogs.error(window.stage(), "Cannot restore " + slot.getFileName(), e.getMessage());
    }
  }
}
