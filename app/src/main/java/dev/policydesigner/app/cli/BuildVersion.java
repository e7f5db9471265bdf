package dev.policydesigner.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version the build wrote into {@code version.properties}: what {@code --version} prints. */
public final class BuildVersion implements IVersionProvider {
  private static final String RESOURCE = "/dev/policydesigner/app/version.properties";

  /** The project version from the pom, e.g. {@code 0.1.0-SNAPSHOT}. */
  public static String version() {
    try (InputStream in = BuildVersion.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing: build with Maven");
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version", "");
      if (v.isEmpty() || v.contains("${")) {
        throw new IllegalStateException(RESOURCE + " was not filled in by the build");
      }
      return v;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String[] getVersion() {
    return new String[] {"Cilium Policy Designer " + version()};
  }
}
