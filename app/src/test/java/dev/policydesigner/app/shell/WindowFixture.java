package dev.policydesigner.app.shell;

import dev.policydesigner.model.Diagram;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.stage.Stage;

/** A window on test diagrams with throw-away preferences and recovery folder. */
final class WindowFixture {
  private final Preferences prefs =
      Preferences.userRoot().node("dev/policydesigner/test/" + UUID.randomUUID());

  MainWindow open(Stage stage, Path tmp, Diagram... diagrams) {
    Services services = Wiring.services(prefs, tmp.resolve("recovery"));
    MainWindow window = Wiring.window(stage, services, List.of(diagrams));
    stage.show();
    return window;
  }

  /** A window of {@code width} × {@code height} pixels on the diagrams (sized before shown). */
  MainWindow open(Stage stage, Path tmp, double width, double height, Diagram... diagrams) {
    Services services = Wiring.services(prefs, tmp.resolve("recovery"));
    MainWindow window = Wiring.window(stage, services, List.of(diagrams));
    stage.setWidth(width);
    stage.setHeight(height);
    stage.show();
    return window;
  }

  void dispose() {
    try {
      prefs.removeNode();
    } catch (BackingStoreException e) {
      // test preferences only
    }
  }
}
