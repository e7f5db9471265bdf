package dev.policydesigner.export.kustomization;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line that is one makejinja block tag, e.g. {@code #% if rustfs_enabled | default(false) %#}.
 *
 * @param keyword {@code if}, {@code elif}, {@code else}, {@code endif}, {@code for}, …
 * @param argument the expression after the keyword (empty for {@code else} and ends)
 */
record Directive(String keyword, String argument) {
  private static final Pattern TAG =
      Pattern.compile("^#%[-+]?\\s*([a-z]+)\\b(.*?)\\s*[-+]?%#$", Pattern.DOTALL);
  private static final Set<String> OPENERS =
      Set.of("if", "for", "macro", "call", "filter", "block", "with", "raw", "autoescape");

  /** The directive on this line, if the whole line (spaces aside) is one block tag. */
  static Optional<Directive> of(String line) {
    Matcher m = TAG.matcher(line.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    String keyword = m.group(1);
    String argument = m.group(2).strip();
    if (keyword.equals("set") && argument.contains("=")) {
      return Optional.empty(); // a one-line assignment opens no block
    }
    return Optional.of(new Directive(keyword, argument));
  }

  boolean opens() {
    return OPENERS.contains(keyword) || keyword.equals("set");
  }

  boolean closes() {
    return keyword.startsWith("end");
  }

  /** {@code elif} or {@code else}. */
  boolean branches() {
    return keyword.equals("elif") || keyword.equals("else");
  }
}
