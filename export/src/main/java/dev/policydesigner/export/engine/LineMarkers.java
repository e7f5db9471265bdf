package dev.policydesigner.export.engine;

import java.util.regex.Matcher;
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
  private static final Pattern MARKED = Pattern.compile(" #@L([0-9]+)$");
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
        if (!line.contains("#") && BLOCK_SCALAR.matcher(line).find()) {
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
    return !startsInTag
        && !endsInTag
        && !line.isBlank()
        && !line.contains("#%")
        && !line.contains("#|")
        && !line.strip().startsWith("#");
  }

  /** Whether the line ends inside a {@code #{ }#} tag or a {@code #| #|} comment. */
  private static boolean endsInsideTag(String line, boolean inTag) {
    boolean in = inTag;
    String closing = in ? "" : null;
    for (int i = 0; i + 1 < line.length(); i++) {
      String two = line.substring(i, i + 2);
      if (!in && (two.equals("#{") || two.equals("#%") || two.equals("#|"))) {
        in = true;
        closing = two.equals("#{") ? "}#" : two.equals("#%") ? "%#" : "#|";
        i++;
      } else if (in && (two.equals(closing) || (closing.isEmpty() && isClosing(two)))) {
        in = false;
        i++;
      }
    }
    return in;
  }

  private static boolean isClosing(String two) {
    return two.equals("}#") || two.equals("%#") || two.equals("#|");
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
    Matcher m = MARKED.matcher(renderedLine);
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  /** The rendered text without its marks. */
  static String strip(String rendered) {
    return rendered.replaceAll(" #@L[0-9]+(?=\n|$)", "");
  }
}
