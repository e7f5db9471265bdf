package dev.policydesigner.model.check;

import dev.policydesigner.model.expr.ExpressionException;
import dev.policydesigner.model.expr.TemplateValue;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Cilium's syntax of {@code matchName} and {@code matchPattern}, allowing Jinja variables. */
final class FqdnSyntax {
  private static final Pattern NAME = Pattern.compile("[-A-Za-z0-9_]+(\\.[-A-Za-z0-9_]+)*\\.?");
  private static final Pattern PATTERN =
      Pattern.compile("[-A-Za-z0-9_*]+(\\.[-A-Za-z0-9_*]+)*\\.?");

  private FqdnSyntax() {}

  /**
   * The name as it renders: each placeholder at its {@code default(…)}, one without a default as a
   * plain label {@code x}.
   */
  private static String rendered(TemplateValue value) throws ExpressionException {
    Map<String, Object> unknown = new HashMap<>();
    for (TemplateValue.Placeholder p : value.placeholders()) {
      if (p.fallback().isEmpty()) {
        unknown.put(p.name(), "x");
      }
    }
    return value.render(unknown);
  }

  static Optional<String> check(String value, boolean pattern) {
    String key = pattern ? "matchPattern" : "matchName";
    String what = key + " " + KubernetesNames.quote(value) + " is invalid: ";
    String plain;
    try {
      plain = rendered(TemplateValue.parse(value));
    } catch (ExpressionException e) {
      return Optional.of(what + "at column " + e.column() + ": " + e.reason());
    }
    if (plain.length() > 255) {
      return Optional.of(what + "a DNS name has at most 255 characters");
    }
    if ((pattern ? PATTERN : NAME).matcher(plain).matches()) {
      return Optional.empty();
    }
    String allowed = "letters, digits, '-', '_'" + (pattern ? ", '*'" : "");
    String hint = !pattern && plain.contains("*") ? " ('*' is only allowed in matchPattern)" : "";
    return Optional.of(
        what
            + "it must be dot-separated parts of "
            + allowed
            + " (or a #{ variable }#), without empty parts"
            + hint);
  }
}
