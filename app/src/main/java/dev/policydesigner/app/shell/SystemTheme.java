package dev.policydesigner.app.shell;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Whether the desktop is set to a dark look: GTK_THEME or GNOME's colour scheme on Linux, the apps'
 * theme on Windows, the interface style on macOS. Asks the system's own tools, so it is called off
 * the JavaFX thread.
 */
final class SystemTheme {
  private SystemTheme() {}

  static boolean isDark() {
    String gtk = System.getenv("GTK_THEME");
    if (gtk != null && gtk.toLowerCase(Locale.ROOT).contains("dark")) {
      return true;
    }
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    if (os.contains("win")) {
      String out =
          run(
              "reg",
              "query",
              "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
              "/v",
              "AppsUseLightTheme");
      return out.contains("0x0");
    }
    if (os.contains("mac")) {
      return run("defaults", "read", "-g", "AppleInterfaceStyle")
          .toLowerCase(Locale.ROOT)
          .contains("dark");
    }
    String scheme = run("gsettings", "get", "org.gnome.desktop.interface", "color-scheme");
    if (scheme.contains("dark")) {
      return true;
    }
    return run("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme")
        .toLowerCase(Locale.ROOT)
        .contains("dark");
  }

  /** The output of a short command, or empty when it is missing, fails or takes too long. */
  private static String run(String... command) {
    try {
      Process p = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
      try (InputStream in = p.getInputStream()) {
        if (!p.waitFor(2, TimeUnit.SECONDS)) {
          p.destroyForcibly();
          return "";
        }
        return p.exitValue() == 0 ? new String(in.readAllBytes(), StandardCharsets.UTF_8) : "";
      }
    } catch (IOException e) {
      return "";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "";
    }
  }
}
