package dev.policydesigner.export.template;

import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Turns user-typed text into template text that can neither open nor close a makejinja delimiter
 * ({@code #% %#}, {@code #{ }#}, {@code #| #|}) nor break the YAML around it.
 */
final class JinjaText {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]*");
  private static final Set<String> RESERVED = Set.of("y", "n", "~");
  private static final Resolver RESOLVER = new Resolver();

  private JinjaText() {}

  /** Text for inside {@code #| … #|}: one line, and no {@code #|} that would end the comment. */
  static String commentText(String text) {
    String oneLine = text.replace("\r\n", " ").replaceAll("[\\r\\n\\t\\u0085\\u2028\\u2029]", " ");
    return oneLine.replace("#|", "# |");
  }

  /** A double-quoted YAML scalar in which every {@code #} is written as {@code \x23}. */
  static String quoted(String text) {
    return quote(text, true);
  }

  /**
   * A double-quoted YAML scalar that keeps {@code #} as it is, for values that may carry a Jinja
   * variable on purpose (FQDNs).
   */
  static String quotedKeepingJinja(String text) {
    return quote(text, false);
  }

  /** The text as a plain YAML scalar when that reads back as the same string, else quoted. */
  static String scalar(String text) {
    boolean plain =
        PLAIN.matcher(text).matches()
            && !RESERVED.contains(text.toLowerCase(java.util.Locale.ROOT))
            && RESOLVER.resolve(NodeId.scalar, text, true).equals(Tag.STR);
    return plain ? text : quoted(text);
  }

  private static String quote(String text, boolean escapeHash) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '"' -> out.append("\\\"");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '#' -> out.append(escapeHash ? "\\x23" : "#");
        default -> appendOther(out, c);
      }
    }
    return out.append('"').toString();
  }

  private static void appendOther(StringBuilder out, char c) {
    if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f)) {
      out.append(String.format("\\x%02x", (int) c));
    } else if (c == '\u2028' || c == '\u2029' || c == '\ufeff') {
      out.append(String.format("\\u%04x", (int) c));
    } else {
      out.append(c);
    }
  }
}
