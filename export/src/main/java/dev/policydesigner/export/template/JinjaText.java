package dev.policydesigner.export.template;

import dev.policydesigner.model.expr.ExpressionException;
import dev.policydesigner.model.expr.TemplateValue;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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

  /** Written scalars by text: labels and names repeat across policies, resolving is costly. */
  private static final Map<String, String> SCALARS = new ConcurrentHashMap<>();

  private static final int MAX_REMEMBERED = 50_000;

  private JinjaText() {}

  /** Text for inside {@code #| … #|}: one line, and no {@code #|} that would end the comment. */
  static String commentText(String text) {
    StringBuilder oneLine = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean breaks = c == '\r' || c == '\n' || c == '\t' || c == '\u0085';
      if (breaks || c == '\u2028' || c == '\u2029') {
        if (oneLine == null) {
          oneLine = new StringBuilder(text.length()).append(text, 0, i);
        }
        oneLine.append(' ');
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++; // CR LF is one space
        }
      } else if (oneLine != null) {
        oneLine.append(c);
      }
    }
    String flat = oneLine == null ? text : oneLine.toString();
    return flat.contains("#|") ? flat.replace("#|", "# |") : flat;
  }

  /** A double-quoted YAML scalar in which every {@code #} is written as {@code \x23}. */
  static String quoted(String text) {
    return quote(text, true);
  }

  /**
   * A double-quoted value that may hold placeholders (a DNS name or pattern): its placeholders stay
   * live when they are values in the expression language; anything else is written inert.
   */
  static String quotedValue(String text) {
    return TemplateValue.mentionsPlaceholder(text) ? value(text) : quoted(text);
  }

  /**
   * A value that may hold template placeholders (a namespace, label value, CIDR): written as a
   * double-quoted scalar whose placeholders stay live ({@code "#{ ns | default('x') }#"}, in their
   * canonical single-quoted spelling when written with double quotes) and whose literal text is
   * escaped; a value without placeholders, or not a valid value, as {@link #scalar}.
   */
  static String value(String text) {
    if (!TemplateValue.mentionsPlaceholder(text)) {
      return scalar(text);
    }
    TemplateValue value;
    try {
      value = TemplateValue.parse(text);
    } catch (ExpressionException e) {
      return scalar(text); // not a value: written inert, and the validator says why
    }
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (TemplateValue.Part part : value.parts()) {
      if (part instanceof TemplateValue.Placeholder p) {
        boolean verbatim = p.source().indexOf('"') < 0 && p.source().indexOf('\\') < 0;
        out.append(verbatim ? p.source() : "#{ " + p.expression().text() + " }#");
      } else {
        String literal = quote(((TemplateValue.Text) part).text(), true);
        out.append(literal, 1, literal.length() - 1);
      }
    }
    return out.append('"').toString();
  }

  /** The text as a plain YAML scalar when that reads back as the same string, else quoted. */
  static String scalar(String text) {
    String known = SCALARS.get(text);
    if (known != null) {
      return known;
    }
    if (SCALARS.size() > MAX_REMEMBERED) {
      SCALARS.clear();
    }
    String written = scalarOf(text);
    SCALARS.put(text, written);
    return written;
  }

  private static String scalarOf(String text) {
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
