package dev.policydesigner.app.shell;

import dev.policydesigner.app.canvas.CanvasPalette;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;

/**
 * The theme chosen in View, kept in the preferences, and whether the window is dark now. With
 * {@link Theme#SYSTEM} the system is asked when the window opens and whenever it comes to the front
 * again, so a change of the desktop's look follows.
 */
final class ThemeSwitch {
  private static final String KEY = "theme";
  static final String DARK_CSS = "/dev/policydesigner/app/designer-dark.css";
  private final Preferences prefs;
  private final ObjectProperty<Theme> chosen = new SimpleObjectProperty<>(Theme.SYSTEM);
  private final ReadOnlyBooleanWrapper dark = new ReadOnlyBooleanWrapper();
  private volatile boolean systemDark;

  ThemeSwitch(Preferences prefs) {
    this.prefs = prefs;
    try {
      chosen.set(Theme.valueOf(prefs.get(KEY, Theme.SYSTEM.name())));
    } catch (IllegalArgumentException | IllegalStateException e) {
      chosen.set(Theme.SYSTEM); // unknown, or the preferences were removed
    }
    chosen.addListener(
        (o, a, t) -> {
          try {
            prefs.put(KEY, t.name());
          } catch (IllegalStateException removed) {
            // a test's throw-away preferences
          }
          update();
        });
  }

  ObjectProperty<Theme> chosenProperty() {
    return chosen;
  }

  ReadOnlyBooleanProperty darkProperty() {
    return dark.getReadOnlyProperty();
  }

  CanvasPalette palette() {
    return dark.get() ? CanvasPalette.DARK : CanvasPalette.LIGHT;
  }

  /** Asks the system for its look in the background, then updates. */
  void askSystem() {
    if (chosen.get() != Theme.SYSTEM) {
      return;
    }
    Thread t =
        new Thread(
            () -> {
              systemDark = SystemTheme.isDark();
              Platform.runLater(this::update);
            },
            "system-theme");
    t.setDaemon(true);
    t.start();
  }

  private void update() {
    dark.set(chosen.get() == Theme.DARK || (chosen.get() == Theme.SYSTEM && systemDark));
  }

  /** Adds or removes the dark style sheet of {@code scene} to match. */
  void style(Scene scene) {
    String css = ThemeSwitch.class.getResource(DARK_CSS).toExternalForm();
    scene.getStylesheets().remove(css);
    if (dark.get()) {
      scene.getStylesheets().add(css);
    }
  }
}
