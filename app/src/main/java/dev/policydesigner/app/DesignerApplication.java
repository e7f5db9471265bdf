package dev.policydesigner.app;

import dev.policydesigner.app.shell.MainWindow;
import dev.policydesigner.app.shell.RecoveryOffer;
import dev.policydesigner.app.shell.Services;
import dev.policydesigner.app.shell.Wiring;
import dev.policydesigner.model.example.Examples;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The desktop application: opens on the diagram files given as arguments, or on the built-in Hubble
 * and RustFS examples when there are none.
 */
public final class DesignerApplication extends Application {
  /**
   * System property: print {@code window-shown: NAME, NAME} (the open diagrams) once the window is
   * up, then exit.
   */
  public static final String STARTUP_PROBE = "policy-designer.startupProbe";

  static void launchWindow(String[] args) {
    Application.launch(DesignerApplication.class, args);
  }

  @Override
  public void start(Stage stage) {
    Services services = Wiring.userServices();
    MainWindow window = show(stage, services, raw());
    if (Boolean.getBoolean(STARTUP_PROBE)) {
      // The benchmark measures process start → window shown, then the probe quits.
      Platform.runLater(
          () -> {
            System.out.println("window-shown: " + openDiagrams(window));
            System.out.flush();
            Platform.exit();
          });
      return;
    }
    RecoveryOffer.startAutosave(window);
    Platform.runLater(() -> RecoveryOffer.offer(window, services));
  }

  /** Shows the window on the files {@code args} names, or on the examples when it names none. */
  static MainWindow show(Stage stage, Services services, String[] args) {
    List<Path> files = LaunchArguments.of(args, List.of()).files();
    MainWindow window = Wiring.window(stage, services, List.of());
    Wiring.placeWindow(stage, services);
    stage.show();
    Wiring.open(window, files, List.of(Examples.hubble(), Examples.rustfs()));
    return window;
  }

  private String[] raw() {
    return getParameters().getRaw().toArray(String[]::new);
  }

  private static String openDiagrams(MainWindow window) {
    return window.documents().stream()
        .map(v -> v.document().current().name())
        .collect(Collectors.joining(", "));
  }
}
