package dev.policydesigner.export.preview;

import dev.policydesigner.export.testing.SharedDir;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the shared makejinja oracle (real Jinja2) and returns its plain-text render. */
final class MakejinjaOracle {
  static Path sharedDir() {
    String dir = System.getProperty("shared.dir");
    if (dir == null) {
      throw new IllegalStateException("system property shared.dir is not set");
    }
    return Path.of(dir);
  }

  static String render(Path template, List<String> valuesFiles, List<String> overrides)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(SharedDir.python());
    cmd.add(sharedDir().resolve("tools/makejinja-render.py").toString());
    cmd.add(template.toString());
    for (String v : valuesFiles) {
      cmd.add("-v");
      cmd.add(v);
    }
    for (String s : overrides) {
      cmd.add("-s");
      cmd.add(s);
    }
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    byte[] out = readAll(p.getInputStream());
    int rc = p.waitFor();
    if (rc != 0) {
      throw new IOException("oracle failed with exit " + rc + " on " + template);
    }
    return new String(out, StandardCharsets.UTF_8);
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    in.transferTo(buffer);
    return buffer.toByteArray();
  }

  private MakejinjaOracle() {}
}
