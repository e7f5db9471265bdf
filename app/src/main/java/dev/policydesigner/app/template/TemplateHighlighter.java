package dev.policydesigner.app.template;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits template text into styled spans: Jinja statements {@code #% %#}, expressions {@code #{
 * }#}, comments {@code #| #|} (which may span lines), YAML keys and quoted strings.
 */
public final class TemplateHighlighter {
  /** A piece of text and its style class ({@code null} for plain text). */
  public record Span(String text, String style) {}

  private static final Pattern TOKEN =
      Pattern.compile(
          "(?<stmt>#%.*?%#)|(?<expr>#\\{.*?}#)|(?<comment>(?s:#\\|.*?#\\|))"
              + "|(?<str>\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*')"
              + "|(?<key>^\\s*(?:- )?[A-Za-z0-9_./-]+(?=:(?:\\s|$)))"
              + "|(?<doc>^---$)",
          Pattern.MULTILINE);

  private TemplateHighlighter() {}

  public static List<Span> spans(String text) {
    List<Span> spans = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    int last = 0;
    while (m.find()) {
      if (m.start() > last) {
        spans.add(new Span(text.substring(last, m.start()), null));
      }
      spans.add(new Span(m.group(), style(m)));
      last = m.end();
    }
    if (last < text.length()) {
      spans.add(new Span(text.substring(last), null));
    }
    return spans;
  }

  private static String style(Matcher m) {
    if (m.group("stmt") != null) {
      return "tpl-statement";
    }
    if (m.group("expr") != null) {
      return "tpl-expression";
    }
    if (m.group("comment") != null) {
      return "tpl-comment";
    }
    if (m.group("str") != null) {
      return "tpl-string";
    }
    return m.group("key") != null ? "tpl-key" : "tpl-document";
  }
}
