package dev.policydesigner.export.template.read;

import dev.policydesigner.model.Guard;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a makejinja template into classified lines and tracks the {@code if}/{@code elif}/{@code
 * else} branches each line is in: an {@code else} branch holds {@code not (cond)}, an {@code elif}
 * branch {@code not (earlier)} and its own condition.
 */
final class TemplateTokenizer {
  private static final String COMMENT = "#|";

  List<TemplateLine> tokenize(String text) throws TemplateReadException {
    List<TemplateLine> lines = new ArrayList<>();
    GuardStack guards = new GuardStack();
    String[] raw = text.split("\n", -1);
    int count = text.endsWith("\n") ? raw.length - 1 : raw.length;
    boolean inComment = false;
    for (int i = 0; i < count; i++) {
      String line = raw[i].endsWith("\r") ? raw[i].substring(0, raw[i].length() - 1) : raw[i];
      int number = i + 1;
      String s = line.strip();
      if (inComment) {
        inComment = !s.contains(COMMENT);
        lines.add(line(number, line, LineKind.COMMENT, null, guards, commentText(s)));
      } else if (s.isEmpty()) {
        lines.add(line(number, line, LineKind.BLANK, null, guards, null));
      } else if (s.startsWith("#%") && s.endsWith("%#") && s.length() >= 4) {
        Statement st = Statement.parse(s.substring(2, s.length() - 2));
        Guard before = guards.current();
        guards.apply(st, number);
        lines.add(new TemplateLine(number, line, LineKind.STATEMENT, st, "", before, null));
      } else if (s.startsWith(COMMENT) && isWholeComment(s)) {
        lines.add(line(number, line, LineKind.COMMENT, null, guards, commentText(s)));
      } else if (s.startsWith(COMMENT) && s.indexOf(COMMENT, 2) < 0) {
        inComment = true;
        lines.add(line(number, line, LineKind.COMMENT, null, guards, commentText(s)));
      } else {
        lines.add(
            new TemplateLine(
                number, line, LineKind.TEXT, null, withoutComments(line), guards.current(), null));
      }
    }
    if (inComment) {
      throw new TemplateReadException(count, "comment opened with #| is never closed");
    }
    guards.requireClosed(count);
    return lines;
  }

  private static TemplateLine line(
      int number, String raw, LineKind kind, Statement st, GuardStack g, String comment) {
    return new TemplateLine(number, raw, kind, st, "", g.current(), comment);
  }

  private static boolean isWholeComment(String s) {
    int close = s.indexOf(COMMENT, 2);
    return close >= 0 && close + 2 == s.length();
  }

  private static String commentText(String s) {
    String t = s;
    if (t.startsWith(COMMENT)) {
      t = t.substring(2);
    }
    if (t.endsWith(COMMENT)) {
      t = t.substring(0, t.length() - 2);
    }
    return t.strip();
  }

  /** The line with every {@code #| … #|} comment removed (trailing whitespace stripped). */
  static String withoutComments(String line) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < line.length()) {
      int open = line.indexOf(COMMENT, i);
      if (open < 0) {
        out.append(line, i, line.length());
        break;
      }
      out.append(line, i, open);
      int close = line.indexOf(COMMENT, open + 2);
      i = close < 0 ? line.length() : close + 2;
    }
    return out.toString().stripTrailing();
  }
}
