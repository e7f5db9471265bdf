package dev.policydesigner.app.shell;

import java.util.Locale;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Where the main window opens: where it was when last closed (if that is still on a screen, moved
 * and shrunk to fit that screen), else maximized on a small screen, else at its own size in the
 * middle of the screen. It follows the window's moves and sizes as they happen.
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
    Rectangle2D home = saved == null ? null : screenOf(saved);
    if (home != null) {
      double[] b = fitted(saved, home);
      stage.setX(b[0]);
      stage.setY(b[1]);
      stage.setWidth(b[2]);
      stage.setHeight(b[3]);
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

  /**
   * The visual bounds of the screen a good part of the title bar would be on, of the screens there
   * are now; null when it is on none.
   */
  private static Rectangle2D screenOf(double[] b) {
    Rectangle2D titleBar = new Rectangle2D(b[0] + 40, b[1], Math.max(1, b[2] - 80), 30);
    return Screen.getScreens().stream()
        .map(Screen::getVisualBounds)
        .filter(v -> v.intersects(titleBar))
        .findFirst()
        .orElse(null);
  }

  /**
   * The saved bounds moved and shrunk as little as needed to lie inside {@code screen}: a window
   * last closed on a larger screen opens whole on a smaller one, not cut at its edges.
   */
  static double[] fitted(double[] b, Rectangle2D screen) {
    double width = Math.min(b[2], screen.getWidth());
    double height = Math.min(b[3], screen.getHeight());
    double x = Math.max(screen.getMinX(), Math.min(b[0], screen.getMaxX() - width));
    double y = Math.max(screen.getMinY(), Math.min(b[1], screen.getMaxY() - height));
    return new double[] {x, y, width, height, b[4]};
  }
}
