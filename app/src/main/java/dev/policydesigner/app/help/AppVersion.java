package dev.policydesigner.app.help;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of the running build, as Maven recorded it in the application jar. */
public final class AppVersion {
  private static final String POM =
      "/META-INF/maven/dev.policydesigner/policy-designer-app/pom.properties";

  private AppVersion() {}

  /** {@code 0.1.0-SNAPSHOT}, or "development build" when not run from the packaged jar. */
  public static String current() {
    try (InputStream in = AppVersion.class.getResourceAsStream(POM)) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        String v = p.getProperty("version");
        if (v != null && !v.isBlank()) {
          return v.strip();
        }
      }
    } catch (IOException e) {
      // an unreadable jar entry: say so below rather than fail the About box
    }
    return "development build";
  }
}
