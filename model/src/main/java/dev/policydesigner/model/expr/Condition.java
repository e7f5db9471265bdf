package dev.policydesigner.model.expr;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A condition as written by a user or read from a template, parsed once: e.g. {@code
 * monitoring_enabled | default(false) and not enforce}. Only texts in the expression language (see
 * the package description) become conditions, so {@link #text()} can be placed between {@code #%
 * if} and {@code %#} as it is.
 *
 * @param text the condition as written, without surrounding spaces
 * @param root its parse tree; offsets are relative to {@code text}
 */
public record Condition(String text, Expr root) {
  /** Parses {@code text}; the exception's column is 1-based in {@code text} as given. */
  public static Condition parse(String text) throws ExpressionException {
    String stripped = text.strip();
    int lead = stripped.isEmpty() ? 0 : leadingSpaces(text);
    try {
      return new Condition(stripped, ExpressionParser.condition(stripped));
    } catch (ExpressionException e) {
      throw e.shifted(lead);
    }
  }

  /** The reason {@code text} is not a condition, or empty when it is one. */
  public static Optional<ExpressionException> problem(String text) {
    try {
      parse(text);
      return Optional.empty();
    } catch (ExpressionException e) {
      return Optional.of(e);
    }
  }

  /** Whether {@code text} is a condition. */
  public static boolean isValid(String text) {
    return problem(text).isEmpty();
  }

  /**
   * The top-level conjuncts of a condition read from a checkout, as written ({@code a and (b or c)}
   * → {@code a}, {@code (b or c)}); a text outside the language is one conjunct.
   */
  public static List<String> conjunctsOf(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    try {
      return parse(text).conjuncts();
    } catch (ExpressionException e) {
      return List.of(text.strip());
    }
  }

  /**
   * A comparable spelling of any condition text: the canonical one when it is in the language, else
   * the text with runs of spaces made single and outer parentheses removed.
   */
  public static String normalize(String text) {
    try {
      return parse(text).canonical();
    } catch (ExpressionException e) {
      String s = text.strip().replaceAll("\\s+", " ");
      while (s.startsWith("(") && s.endsWith(")") && s.indexOf(')') == s.length() - 1) {
        s = s.substring(1, s.length() - 1).strip();
      }
      return s;
    }
  }

  /**
   * The value names any Jinja expression reads, also one outside the language (as found in a
   * checkout): names that are not keywords, literals, filters, tests, attributes or called
   * functions. Arguments of filters and calls count.
   */
  public static Set<String> namesIn(String text) {
    try {
      return parse(text).names();
    } catch (ExpressionException e) {
      return ExprWalk.namesInTokens(ExpressionLexer.lenientTokens(text));
    }
  }

  /** Whether it holds under {@code values} (name → value as read from YAML). */
  public boolean test(Map<String, ?> values) throws ExpressionException {
    return JinjaValues.truthy(new ExpressionEvaluator(values).eval(root));
  }

  /** The names of the values it reads, in order of appearance. */
  public Set<String> names() {
    Set<String> names = new LinkedHashSet<>();
    ExprWalk.names(root, names);
    return names;
  }

  /**
   * The names it tests for truth, as feature flags: used on their own, with {@code
   * default(true|false)}, under {@code not}/{@code and}/{@code or}, or compared with {@code true} /
   * {@code false}. A name compared with text or a number is not a flag.
   */
  public Set<String> flags() {
    Set<String> flags = new LinkedHashSet<>();
    ExprWalk.flags(root, flags);
    return flags;
  }

  /** The top-level conjuncts as written, outer parentheses of each kept. */
  public List<String> conjuncts() {
    List<String> parts = new ArrayList<>();
    Expr e = root;
    List<Expr> reversed = new ArrayList<>();
    while (e instanceof Expr.And a && a.start() == a.left().start() && a.end() == a.right().end()) {
      reversed.add(0, a.right());
      e = a.left();
    }
    reversed.add(0, e);
    for (Expr part : reversed) {
      parts.add(text.substring(part.start(), part.end()));
    }
    return parts;
  }

  /** Whether it has an {@code or} outside parentheses. */
  public boolean hasTopLevelOr() {
    return root instanceof Expr.Or o && o.start() == o.left().start();
  }

  /** The canonical spelling: single spaces, single quotes, parentheses only where needed. */
  public String canonical() {
    return root.text();
  }

  /**
   * The condition as people read it on a diagram: the canonical spelling without {@code default(…)}
   * filters, e.g. {@code monitoring_enabled} for {@code monitoring_enabled | default(false)}.
   */
  public String readable() {
    return ExprWalk.withoutDefaults(root).text();
  }

  private static int leadingSpaces(String text) {
    int i = 0;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
