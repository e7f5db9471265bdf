package dev.policydesigner.app.shell;

import java.util.Locale;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Where the main window opens: where it was when last closed (if that is still on a screen), else
 * maximized on a small screen, else at its own size in the middle of the screen. It follows the
 * window's moves and sizes as they happen.
 */
final class WindowPlacement {
  private static final String KEY = "window-bounds";
  private static final double SMALL_WIDTH = 1440;
  private static final double SMALL_HEIGHT = 900;
  private final Preferences prefs;

  WindowPlacement(Preferences prefs) {
    this.prefs = prefs;
  }

  /** Places {@code stage} (before it is shown) and keeps its place from then on. */
  void apply(Stage stage) {
    double[] saved = saved();
    if (saved != null && onSomeScreen(saved)) {
      stage.setX(saved[0]);
      stage.setY(saved[1]);
      stage.setWidth(saved[2]);
      stage.setHeight(saved[3]);
      stage.setMaximized(saved[4] != 0);
    } else {
      Rectangle2D screen = Screen.getPrimary().getVisualBounds();
      stage.setMaximized(screen.getWidth() < SMALL_WIDTH || screen.getHeight() < SMALL_HEIGHT);
    }
    stage.xProperty().addListener(o -> save(stage));
    stage.yProperty().addListener(o -> save(stage));
    stage.widthProperty().addListener(o -> save(stage));
    stage.heightProperty().addListener(o -> save(stage));
    stage.maximizedProperty().addListener(o -> save(stage));
  }

  private void save(Stage stage) {
    double[] now =
        stage.isMaximized() && saved() != null
            ? withMaximized(saved(), true)
            : new double[] {
              stage.getX(),
              stage.getY(),
              stage.getWidth(),
              stage.getHeight(),
              stage.isMaximized() ? 1 : 0
            };
    if (now[2] > 100 && now[3] > 100) {
      put(now);
    }
  }

  private void put(double[] now) {
    try {
      prefs.put(
          KEY,
          String.format(
              Locale.ROOT, "%.0f,%.0f,%.0f,%.0f,%.0f", now[0], now[1], now[2], now[3], now[4]));
    } catch (IllegalStateException removed) {
      // the preferences were removed (a test's throw-away node): nothing to keep the place in
    }
  }

  /** The bounds kept before maximizing, so un-maximizing next time returns there. */
  private static double[] withMaximized(double[] bounds, boolean maximized) {
    return new double[] {bounds[0], bounds[1], bounds[2], bounds[3], maximized ? 1 : 0};
  }

  private double[] saved() {
    String[] parts;
    try {
      parts = prefs.get(KEY, "").split(",");
    } catch (IllegalStateException removed) {
      return null;
    }
    if (parts.length != 5) {
      return null;
    }
    double[] v = new double[5];
    try {
      for (int i = 0; i < 5; i++) {
        v[i] = Double.parseDouble(parts[i]);
      }
    } catch (NumberFormatException e) {
      return null;
    }
    return v;
  }

  /** Whether a good part of the title bar would be on one of the screens there are now. */
  private static boolean onSomeScreen(double[] b) {
    Rectangle2D titleBar = new Rectangle2D(b[0] + 40, b[1], Math.max(1, b[2] - 80), 30);
    return Screen.getScreens().stream().anyMatch(s -> s.getVisualBounds().intersects(titleBar));
  }
}
