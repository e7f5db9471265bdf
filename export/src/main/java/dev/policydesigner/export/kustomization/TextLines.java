package dev.policydesigner.export.kustomization;

import java.util.ArrayList;
import java.util.List;

/**
 * A text as lines that keep their own line endings, so that editing some lines leaves every other
 * byte as it was.
 */
final class TextLines {
  /** One line: its content and its ending ({@code \n}, {@code \r\n}, {@code \r} or none). */
  record Line(String content, String eol) {}

  private final List<Line> lines = new ArrayList<>();
  private final String eol;

  TextLines(String text) {
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        int end = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
        lines.add(new Line(text.substring(start, i), text.substring(i, end)));
        start = end;
        i = end - 1;
      }
    }
    if (start < text.length()) {
      lines.add(new Line(text.substring(start), ""));
    }
    eol = lines.isEmpty() || lines.get(0).eol().isEmpty() ? "\n" : lines.get(0).eol();
  }

  int size() {
    return lines.size();
  }

  String content(int i) {
    return lines.get(i).content();
  }

  /** The ending new lines get: the first line's, else {@code \n}. */
  String eol() {
    return eol;
  }

  /** A new line with the text's ending. */
  Line fresh(String content) {
    return new Line(content, eol);
  }

  Line line(int i) {
    return lines.get(i);
  }

  /** Inserts lines before index {@code at}. */
  void insert(int at, List<Line> added) {
    replace(at, at, added);
  }

  /**
   * Replaces lines {@code [from, to)} by {@code added}. When the text had no final line ending, it
   * still has none afterwards.
   */
  void replace(int from, int to, List<Line> added) {
    boolean atEnd = to == lines.size();
    boolean noFinalEol = !lines.isEmpty() && lines.get(lines.size() - 1).eol().isEmpty();
    List<Line> list = new ArrayList<>(added);
    lines.subList(from, to).clear();
    lines.addAll(from, list);
    for (int i = 0; i < lines.size() - 1; i++) {
      if (lines.get(i).eol().isEmpty()) {
        lines.set(i, new Line(lines.get(i).content(), eol));
      }
    }
    if (atEnd && noFinalEol && !lines.isEmpty()) {
      Line last = lines.get(lines.size() - 1);
      lines.set(lines.size() - 1, new Line(last.content(), ""));
    }
  }

  String text() {
    StringBuilder sb = new StringBuilder();
    for (Line l : lines) {
      sb.append(l.content()).append(l.eol());
    }
    return sb.toString();
  }
}
