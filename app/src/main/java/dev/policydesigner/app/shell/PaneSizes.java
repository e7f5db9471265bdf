package dev.policydesigner.app.shell;

import java.util.Locale;
import java.util.prefs.Preferences;
import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;

/**
 * Keeps the size a user gave a pane beside the canvas between runs: the inspector's width and the
 * bottom tabs' height. The size is restored once the split pane is first laid out and kept from
 * then on whenever the pane changes size (only a divider changes it: the window's resizing goes to
 * the canvas).
 */
final class PaneSizes {
  private static final double DIVIDER = 6;
  private final Preferences prefs;

  PaneSizes(Preferences prefs) {
    this.prefs = prefs;
  }

  /**
   * Gives {@code pane}, the last item of {@code split}, the size kept under {@code key} and keeps
   * its size under that key from then on.
   */
  void keep(String key, SplitPane split, Region pane) {
    boolean vertical = split.getOrientation() == Orientation.VERTICAL;
    boolean[] restored = new boolean[1];
    Runnable restore =
        () -> {
          double whole = vertical ? split.getHeight() : split.getWidth();
          if (restored[0] || whole <= 0) {
            return;
          }
          restored[0] = true;
          double size = saved(key);
          int last = split.getDividers().size() - 1;
          if (size > 0 && last >= 0 && split.getItems().get(last + 1) == pane) {
            double position = 1 - (size + DIVIDER / 2) / whole;
            split.setDividerPosition(last, Math.max(0.1, Math.min(0.95, position)));
          }
        };
    (vertical ? split.heightProperty() : split.widthProperty())
        .addListener((o, a, b) -> restore.run());
    (vertical ? pane.heightProperty() : pane.widthProperty())
        .addListener(
            (o, a, b) -> {
              if (restored[0] && b.doubleValue() > 0 && pane.getScene() != null) {
                put(key, b.doubleValue());
              }
            });
  }

  private double saved(String key) {
    try {
      return prefs.getDouble(key, -1);
    } catch (IllegalStateException removed) {
      return -1;
    }
  }

  private void put(String key, double size) {
    try {
      prefs.put(key, String.format(Locale.ROOT, "%.0f", size));
    } catch (IllegalStateException removed) {
      // the preferences were removed (a test's throw-away node): nothing to keep the size in
    }
  }
}
