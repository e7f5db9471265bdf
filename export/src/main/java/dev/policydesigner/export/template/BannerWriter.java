package dev.policydesigner.export.template;

import java.util.ArrayList;
import java.util.List;

/** The {@code #| ===== #|} banner above each policy document. */
final class BannerWriter {
  /** Width of the banner between {@code "#| "} and {@code " #|"}. */
  static final int WIDTH = 77;

  private static final String RULE = "#| " + "=".repeat(WIDTH) + " #|";

  private BannerWriter() {}

  /** Writes the banner with a title line and, when not blank, a purpose line. */
  static void write(YamlLines out, String title, String purpose) {
    lines(title, purpose).forEach(out::line);
  }

  /** The lines of the banner with a title line and, when not blank, a purpose line. */
  static List<String> lines(String title, String purpose) {
    List<String> lines = new ArrayList<>();
    lines.add(RULE);
    lines.add(textLine(title));
    if (purpose != null && !purpose.isBlank()) {
      lines.add(textLine(purpose));
    }
    lines.add(RULE);
    return lines;
  }

  /**
   * Writes a banner kept from an imported file as it was, when every line is one whole {@code #| …
   * #|} comment (so nothing in it can become template code); otherwise the writer's own banner.
   */
  static void writeKept(YamlLines out, List<String> kept, String title, String purpose) {
    if (kept.stream().allMatch(BannerWriter::isWholeComment)) {
      kept.forEach(out::line);
    } else {
      write(out, title, purpose);
    }
  }

  private static boolean isWholeComment(String line) {
    String s = line.strip();
    return s.length() >= 4
        && s.startsWith("#|")
        && s.endsWith("#|")
        && s.indexOf("#|", 2) == s.length() - 2
        && line.indexOf('\n') < 0
        && line.indexOf('\r') < 0;
  }

  private static String textLine(String text) {
    String safe = JinjaText.commentText(text.strip());
    StringBuilder line = new StringBuilder("#| ").append(safe);
    line.append(" ".repeat(Math.max(0, WIDTH - safe.length())));
    return line.append(" #|").toString();
  }
}
