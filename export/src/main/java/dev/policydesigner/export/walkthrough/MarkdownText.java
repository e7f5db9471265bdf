package dev.policydesigner.export.walkthrough;

/** Plain text made safe for Markdown, and fences for code blocks. */
final class MarkdownText {
  private static final String SPECIAL = "\\`*_[]<>#|";

  private MarkdownText() {}

  /** {@code text} with Markdown's special characters backslash-escaped, on one line. */
  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 8);
    for (char c : text.replaceAll("\\s+", " ").strip().toCharArray()) {
      if (SPECIAL.indexOf(c) >= 0) {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }

  /** A backtick fence longer than any run of backticks in {@code code} (at least three). */
  static String fence(String code) {
    int longest = 0;
    int run = 0;
    for (char c : code.toCharArray()) {
      run = c == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    return "`".repeat(Math.max(3, longest + 1));
  }
}
