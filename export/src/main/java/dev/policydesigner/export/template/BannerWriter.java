package dev.policydesigner.export.template;

/** The {@code #| ===== #|} banner above each policy document. */
final class BannerWriter {
  /** Width of the banner between {@code "#| "} and {@code " #|"}. */
  static final int WIDTH = 77;

  private static final String RULE = "#| " + "=".repeat(WIDTH) + " #|";

  private BannerWriter() {}

  /** Writes the banner with a title line and, when not blank, a purpose line. */
  static void write(YamlLines out, String title, String purpose) {
    out.line(RULE);
    out.line(textLine(title));
    if (purpose != null && !purpose.isBlank()) {
      out.line(textLine(purpose));
    }
    out.line(RULE);
  }

  private static String textLine(String text) {
    String safe = JinjaText.commentText(text.strip());
    StringBuilder line = new StringBuilder("#| ").append(safe);
    line.append(" ".repeat(Math.max(0, WIDTH - safe.length())));
    return line.append(" #|").toString();
  }
}
