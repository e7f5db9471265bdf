package dev.policydesigner.app.shell;

import javafx.scene.control.Alert;
import javafx.stage.Window;

/** Message dialogs: a plain message, never a stack trace. */
final class Dialogs {
  private Dialogs() {}

  static void error(Window owner, String header, String message) {
    Alert alert = new Alert(Alert.AlertType.ERROR, message == null ? "Unknown error" : message);
    alert.initOwner(owner);
    alert.setTitle("Cilium Policy Designer");
    alert.setHeaderText(header);
    alert.showAndWait();
  }

  static void info(Window owner, String header, String message) {
    Alert alert = new Alert(Alert.AlertType.INFORMATION, message);
    alert.initOwner(owner);
    alert.setTitle("Cilium Policy Designer");
    alert.setHeaderText(header);
    alert.showAndWait();
  }
}
