package dev.policydesigner.export.preview;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The reference renderer: {@code makejinja-render.py}, which renders templates with the real Jinja2
 * and makejinja's settings. It ships as a resource of this module; tests use it as the independent
 * oracle and the benchmark as the speed reference. Needs Python 3 with Jinja2 and PyYAML.
 */
public final class ReferenceRenderer {
  /** What to tell a user whose machine lacks the interpreter. */
  public static final String INSTALL_HINT =
      "Python 3 with Jinja2 and PyYAML is needed to render with the real Jinja2. Install it with"
          + " `sudo apt-get install python3-jinja2 python3-yaml` (Debian/Ubuntu),"
          + " `sudo dnf install python3-jinja2 python3-pyyaml` (Fedora) or"
          + " `python3 -m pip install jinja2 pyyaml` (elsewhere), or set ORACLE_PYTHON to an"
          + " interpreter that has both.";

  private static final String RESOURCE = "makejinja-render.py";
  private static Path extracted;

  private ReferenceRenderer() {}

  /**
   * The script as a file: the resource itself when the classes are unpacked, else a copy in a
   * temporary file made once per process.
   */
  public static synchronized Path script() {
    URL url = ReferenceRenderer.class.getResource(RESOURCE);
    if (url == null) {
      throw new IllegalStateException(RESOURCE + " is missing from the class path");
    }
    if ("file".equals(url.getProtocol())) {
      try {
        return Path.of(url.toURI());
      } catch (URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }
    if (extracted == null) {
      try (InputStream in = url.openStream()) {
        Path file = Files.createTempFile("makejinja-render", ".py");
        Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        file.toFile().deleteOnExit();
        extracted = file;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return extracted;
  }

  /**
   * The interpreter to run the script with: {@code $ORACLE_PYTHON} when set, else the first of
   * {@code python3}, {@code /usr/bin/python3} that imports Jinja2 and PyYAML; empty when none does.
   */
  public static Optional<String> python() {
    String configured = System.getenv("ORACLE_PYTHON");
    List<String> candidates =
        configured == null || configured.isBlank()
            ? List.of("python3", "/usr/bin/python3")
            : List.of(configured);
    for (String candidate : candidates) {
      if (hasJinja(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static boolean hasJinja(String python) {
    try {
      Process p =
          new ProcessBuilder(python, "-c", "import jinja2, yaml")
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
