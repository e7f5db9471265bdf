package dev.policydesigner.export.template.read;

import java.util.Locale;

/**
 * A Jinja statement line: {@code if}, {@code elif}, {@code else}, {@code endif}, {@code set} or
 * another tag.
 *
 * @param keyword the tag name, lower case ({@code if}, {@code set}, …)
 * @param argument what follows the keyword, stripped ({@code ""} for {@code else}/{@code endif})
 */
public record Statement(String keyword, String argument) {
  /** Parses the inside of {@code #% … %#}, ignoring whitespace-control markers. */
  static Statement parse(String inner) {
    String s = inner.strip();
    if (s.startsWith("-") || s.startsWith("+")) {
      s = s.substring(1);
    }
    if (s.endsWith("-") || s.endsWith("+")) {
      s = s.substring(0, s.length() - 1);
    }
    s = s.strip();
    int space = s.indexOf(' ');
    String keyword = space < 0 ? s : s.substring(0, space);
    String argument = space < 0 ? "" : s.substring(space + 1).strip();
    return new Statement(keyword.toLowerCase(Locale.ROOT), argument);
  }

  /** Whether this is the statement {@code keyword}. */
  public boolean is(String keyword) {
    return this.keyword.equals(keyword);
  }
}
