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
  static void launchWindow(String[] args) {
    Application.launch(DesignerApplication.class, args);
  }

  @Override
  public void start(Stage stage) {
    Services services = Wiring.userServices();
    MainWindow window =
        Wiring.window(stage, services, List.of(Examples.hubble(), Examples.rustfs()));
    stage.show();
    RecoveryOffer.startAutosave(window);
    Platform.runLater(() -> RecoveryOffer.offer(window, services));
  }
}
