package dev.policydesigner.export.engine;

import java.util.regex.Pattern;

/**
 * Marks the lines of a template so that each rendered line says which template line it came from. A
 * YAML comment {@code #@L<n>} is appended to every line of plain text (not to lines holding {@code
 * #%} or {@code #|}, lines ending inside a tag, blank lines, or the content of a YAML block
 * scalar), so the render is the same YAML with comments added. Rendering and parsing the marked
 * template gives each rendered line its template line.
 */
final class LineMarkers {
  private static final String MARK = " #@L";
  private static final Pattern BLOCK_SCALAR = Pattern.compile(":\\s*[|>][-+0-9]*\\s*$");

  private LineMarkers() {}

  /** The template with its plain-text lines marked. */
  static String mark(String template) {
    StringBuilder out = new StringBuilder(template.length() + template.length() / 4);
    String[] lines = template.split("\n", -1);
    boolean inTag = false;
    int blockIndent = -1;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      boolean startsInTag = inTag;
      inTag = endsInsideTag(line, inTag);
      int indent = indent(line);
      if (blockIndent >= 0 && (line.isBlank() || indent > blockIndent)) {
        out.append(line);
      } else {
        blockIndent = -1;
        out.append(line);
        if (markable(line, startsInTag, inTag)) {
          out.append(MARK).append(i + 1);
        }
        if (mayOpenBlockScalar(line) && BLOCK_SCALAR.matcher(line).find()) {
          blockIndent = indent;
        }
      }
      if (i < lines.length - 1) {
        out.append('\n');
      }
    }
    return out.toString();
  }

  private static boolean markable(String line, boolean startsInTag, boolean endsInTag) {
    if (startsInTag || endsInTag || line.isBlank() || line.contains("#%") || line.contains("#|")) {
      return false;
    }
    int first = indent(line);
    return first >= line.length() || line.charAt(first) != '#';
  }

  /** Whether the line ends inside a {@code #{ }#} tag or a {@code #| #|} comment. */
  private static boolean endsInsideTag(String line, boolean inTag) {
    boolean in = inTag;
    char closing = 0; // the first character of the closing delimiter; 0 = any (carried over)
    for (int i = 0; i + 1 < line.length(); i++) {
      char c = line.charAt(i);
      char d = line.charAt(i + 1);
      if (!in && c == '#' && (d == '{' || d == '%' || d == '|')) {
        in = true;
        closing = d == '{' ? '}' : d == '%' ? '%' : '#';
        i++;
      } else if (in && closesTag(c, d) && (closing == 0 || c == closing)) {
        in = false;
        i++;
      }
    }
    return in;
  }

  private static boolean closesTag(char c, char d) {
    return (c == '}' && d == '#') || (c == '%' && d == '#') || (c == '#' && d == '|');
  }

  /** A cheap test before the pattern: the line ends with a block-scalar indicator character. */
  private static boolean mayOpenBlockScalar(String line) {
    String t = line.stripTrailing();
    return !t.isEmpty()
        && "|>-+0123456789".indexOf(t.charAt(t.length() - 1)) >= 0
        && t.indexOf('#') < 0;
  }

  private static int indent(String line) {
    int n = 0;
    while (n < line.length() && line.charAt(n) == ' ') {
      n++;
    }
    return n;
  }

  /** The template line a rendered line carries, or 0 when it has no mark. */
  static int lineOf(String renderedLine) {
    int at = renderedLine.lastIndexOf(MARK);
    if (at < 0 || at + MARK.length() == renderedLine.length()) {
      return 0;
    }
    int n = 0;
    for (int i = at + MARK.length(); i < renderedLine.length(); i++) {
      char c = renderedLine.charAt(i);
      if (c < '0' || c > '9' || n > 10_000_000) {
        return 0;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  /** The rendered text without its marks. */
  static String strip(String rendered) {
    return rendered.replaceAll(" #@L[0-9]+(?=\n|$)", "");
  }
}
