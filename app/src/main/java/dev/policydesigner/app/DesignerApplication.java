package dev.policydesigner.app;

import dev.policydesigner.app.shell.MainWindow;
import dev.policydesigner.app.shell.RecoveryOffer;
import dev.policydesigner.app.shell.Services;
import dev.policydesigner.app.shell.Wiring;
import dev.policydesigner.model.example.Examples;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/** The desktop application: opens on the built-in Hubble and RustFS examples. */
public final class DesignerApplication extends Application {
  /** System property: print {@code window-shown} once the window is up, then exit. */
  public static final String STARTUP_PROBE = "policy-designer.startupProbe";

  static void launchWindow(String[] args) {
    Application.launch(DesignerApplication.class, args);
  }

  @Override
  public void start(Stage stage) {
    Services services = Wiring.userServices();
    MainWindow window =
        Wiring.window(stage, services, List.of(Examples.hubble(), Examples.rustfs()));
    stage.show();
    if (Boolean.getBoolean(STARTUP_PROBE)) {
      // The benchmark measures process start → window shown, then the probe quits.
      Platform.runLater(
          () -> {
            System.out.println("window-shown");
            System.out.flush();
            Platform.exit();
          });
      return;
    }
    RecoveryOffer.startAutosave(window);
    Platform.runLater(() -> RecoveryOffer.offer(window, services));
  }
}
