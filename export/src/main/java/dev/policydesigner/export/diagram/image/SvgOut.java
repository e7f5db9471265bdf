package dev.policydesigner.export.diagram.image;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Indented SVG text: elements with escaped attributes and text, numbers in a stable format. */
final class SvgOut {
  private final StringBuilder out = new StringBuilder();
  private int depth;

  /** {@code <tag a="v" …>}; {@code attrs} alternate names and values, null values are left out. */
  SvgOut open(String tag, Object... attrs) {
    indent().append('<').append(tag);
    attributes(attrs);
    out.append(">\n");
    depth++;
    return this;
  }

  SvgOut close(String tag) {
    depth--;
    indent().append("</").append(tag).append(">\n");
    return this;
  }

  /** {@code <tag a="v" …/>}. */
  SvgOut empty(String tag, Object... attrs) {
    indent().append('<').append(tag);
    attributes(attrs);
    out.append("/>\n");
    return this;
  }

  /** {@code <tag a="v" …>text</tag>} with the text escaped. */
  SvgOut text(String tag, String text, Object... attrs) {
    indent().append('<').append(tag);
    attributes(attrs);
    out.append('>').append(escape(text)).append("</").append(tag).append(">\n");
    return this;
  }

  /** A line of markup written as it is (it must be well-formed). */
  SvgOut raw(String markup) {
    indent().append(markup).append('\n');
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }

  /**
   * {@code 12}, {@code 12.5}, {@code -0.25}: at most two decimals, no exponent, never {@code -0}.
   */
  static String num(double value) {
    BigDecimal d = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    if (d.signum() == 0) {
      return "0";
    }
    return d.toPlainString();
  }

  /** Text safe in XML content and attribute values; characters XML 1.0 forbids are dropped. */
  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&apos;");
        default -> appendIfAllowed(sb, text, i, c);
      }
    }
    return sb.toString();
  }

  private static void appendIfAllowed(StringBuilder sb, String text, int i, char c) {
    if (c == '\t' || c == '\n' || c == '\r') {
      sb.append(' ');
    } else if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
      return;
    } else if (Character.isHighSurrogate(c)) {
      if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        sb.append(c);
      }
    } else if (Character.isLowSurrogate(c)) {
      if (i > 0 && Character.isHighSurrogate(text.charAt(i - 1))) {
        sb.append(c);
      }
    } else {
      sb.append(c);
    }
  }

  private void attributes(Object[] attrs) {
    for (int i = 0; i + 1 < attrs.length; i += 2) {
      Object value = attrs[i + 1];
      if (value == null) {
        continue;
      }
      String text = value instanceof Number n ? num(n.doubleValue()) : escape(value.toString());
      out.append(' ').append(attrs[i]).append("=\"").append(text).append('"');
    }
  }

  private StringBuilder indent() {
    return out.append("  ".repeat(Math.max(0, depth)));
  }
}
