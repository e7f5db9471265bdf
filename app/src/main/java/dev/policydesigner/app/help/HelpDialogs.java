package dev.policydesigner.app.help;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** Help → Keyboard Shortcuts and Help → About. */
public final class HelpDialogs {
  private HelpDialogs() {}

  /** The shortcut table as a dialog. */
  public static Alert shortcuts(Window owner) {
    GridPane grid = new GridPane();
    grid.setId("shortcuts");
    grid.getStyleClass().add("shortcuts-grid");
    int row = 0;
    for (Shortcuts.Group g : Shortcuts.all()) {
      Label heading = new Label(g.heading());
      heading.getStyleClass().add("shortcuts-heading");
      grid.add(heading, 0, row++, 2, 1);
      for (Shortcuts.Shortcut s : g.shortcuts()) {
        Label keys = new Label(s.keys());
        keys.getStyleClass().add("shortcut-keys");
        keys.setMinWidth(Region.USE_PREF_SIZE);
        Label action = new Label(s.action());
        action.setWrapText(true);
        grid.addRow(row++, keys, action);
      }
    }
    ScrollPane scroll = new ScrollPane(grid);
    scroll.setFitToWidth(true);
    scroll.setPrefViewportHeight(460);
    scroll.setPrefViewportWidth(560);
    Alert alert = new Alert(Alert.AlertType.INFORMATION, null, ButtonType.CLOSE);
    alert.initOwner(owner);
    alert.setTitle("Keyboard shortcuts");
    alert.setHeaderText("Keyboard shortcuts");
    alert.getDialogPane().setContent(scroll);
    alert.setResizable(true);
    styled(alert, owner);
    return alert;
  }

  private static void styled(Alert alert, Window owner) {
    if (owner != null && owner.getScene() != null) {
      alert.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
    }
  }

  /** The About box: name, version and what the designer does. */
  public static Alert about(Window owner) {
    Alert alert = new Alert(Alert.AlertType.INFORMATION, null, ButtonType.OK);
    alert.initOwner(owner);
    alert.setTitle("About Cilium Policy Designer");
    alert.setHeaderText("Cilium Policy Designer " + AppVersion.current());
    Label text =
        new Label(
            "Draw how your cluster talks and get CiliumNetworkPolicies as makejinja templates"
                + " in your GitOps repo, with their kustomization entries.\n\n"
                + "Java "
                + System.getProperty("java.version")
                + ", JavaFX "
                + System.getProperty("javafx.runtime.version", "?"));
    text.setWrapText(true);
    text.setMaxWidth(420);
    text.setId("about-text");
    alert.getDialogPane().setContent(text);
    styled(alert, owner);
    return alert;
  }
}
