package dev.policydesigner.model.expr;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A value as written in a diagram or template, which may hold placeholders: {@code #{
 * cluster_domain | default('example.org') }#}, {@code api.#{ domain }#}, or plain text. Kept
 * verbatim in files; {@link #render} gives what Jinja2 prints for it, so it can be checked and
 * simulated like a plain value.
 *
 * @param text the value as written
 * @param parts its literal text and placeholders, in order
 */
public record TemplateValue(String text, List<Part> parts) {
  private static final String OPEN = "#{";
  private static final String CLOSE = "}#";

  public TemplateValue {
    parts = List.copyOf(parts);
  }

  /** A piece of a value. */
  public sealed interface Part permits Text, Placeholder {
    /** 0-based offset in the value. */
    int start();
  }

  /**
   * Literal text.
   *
   * @param text the characters
   * @param start 0-based offset in the value
   */
  public record Text(String text, int start) implements Part {}

  /**
   * A placeholder {@code #{ … }#}.
   *
   * @param source the placeholder as written, delimiters included
   * @param expression the parsed inside: a name followed by filters
   * @param start 0-based offset of {@code #{} in the value
   */
  public record Placeholder(String source, Expr expression, int start) implements Part {
    /** The value name it reads. */
    public String name() {
      Expr e = expression;
      while (e instanceof Expr.Filtered f) {
        e = f.operand();
      }
      return ((Expr.Name) e).name();
    }

    /** The value of its {@code default(…)}, if it has one ({@code Optional} of the literal). */
    public Optional<Expr.Literal> fallback() {
      Expr e = expression;
      Optional<Expr.Literal> found = Optional.empty();
      while (e instanceof Expr.Filtered f) {
        if (f.filter().kind() == Filter.Kind.DEFAULT) {
          found = Optional.of(f.filter().fallback());
        }
        e = f.operand();
      }
      return found;
    }
  }

  /**
   * Parses {@code text}: literal text and {@code #{ name [| filter]… }#} placeholders. Any other
   * template delimiter, an unclosed placeholder or a line break is an error whose column is 1-based
   * in {@code text}.
   */
  public static TemplateValue parse(String text) throws ExpressionException {
    List<Part> parts = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int open = text.indexOf(OPEN, i);
      int textEnd = open < 0 ? text.length() : open;
      if (textEnd > i) {
        literal(text, i, textEnd);
        parts.add(new Text(text.substring(i, textEnd), i));
      }
      if (open < 0) {
        break;
      }
      int close = text.indexOf(CLOSE, open + OPEN.length());
      if (close < 0) {
        throw new ExpressionException(
            open + 1, "the placeholder opened here is not closed; end it with }#");
      }
      String inside = text.substring(open + OPEN.length(), close);
      Expr expression;
      try {
        expression = ExpressionParser.placeholder(inside);
      } catch (ExpressionException e) {
        throw e.shifted(open + OPEN.length());
      }
      parts.add(new Placeholder(text.substring(open, close + CLOSE.length()), expression, open));
      i = close + CLOSE.length();
    }
    return new TemplateValue(text, parts);
  }

  /** The reason {@code text} is not a value, or empty when it is one. */
  public static Optional<ExpressionException> problem(String text) {
    try {
      parse(text);
      return Optional.empty();
    } catch (ExpressionException e) {
      return Optional.of(e);
    }
  }

  /** Whether {@code text} contains the start of a placeholder (valid or not). */
  public static boolean mentionsPlaceholder(String text) {
    return text != null && text.contains(OPEN);
  }

  private static void literal(String text, int from, int to) throws ExpressionException {
    try {
      ExpressionLexer.checkCharacters(text.substring(from, to));
    } catch (ExpressionException e) {
      String reason =
          e.reason().contains("template delimiter")
              ? e.reason().substring(0, e.reason().indexOf(" and is"))
                  + " and is not allowed in a value; only #{ name }# placeholders are"
              : e.reason();
      throw new ExpressionException(e.column() + from, reason);
    }
  }

  /** Whether it holds at least one placeholder. */
  public boolean hasPlaceholders() {
    return parts.stream().anyMatch(Placeholder.class::isInstance);
  }

  /** Its placeholders, in order. */
  public List<Placeholder> placeholders() {
    return parts.stream()
        .filter(Placeholder.class::isInstance)
        .map(Placeholder.class::cast)
        .toList();
  }

  /** The value names its placeholders read, in order. */
  public Set<String> names() {
    Set<String> names = new LinkedHashSet<>();
    placeholders().forEach(p -> names.add(p.name()));
    return names;
  }

  /**
   * What Jinja2 prints for it under {@code values} (an unknown name without default prints
   * nothing).
   */
  public String render(Map<String, ?> values) throws ExpressionException {
    StringBuilder out = new StringBuilder();
    ExpressionEvaluator evaluator = new ExpressionEvaluator(values);
    for (Part p : parts) {
      if (p instanceof Text t) {
        out.append(t.text());
      } else {
        Placeholder h = (Placeholder) p;
        try {
          out.append(JinjaValues.str(evaluator.eval(h.expression())));
        } catch (ExpressionException e) {
          throw e.shifted(h.start() + OPEN.length());
        }
      }
    }
    return out.toString();
  }

  /**
   * The value under {@code values}, or empty when a placeholder reads a name that has no value and
   * no {@code default(…)} (so the value is not known).
   */
  public Optional<String> resolve(Map<String, ?> values) throws ExpressionException {
    for (Placeholder p : placeholders()) {
      if (!values.containsKey(p.name()) && p.fallback().isEmpty()) {
        return Optional.empty();
      }
    }
    return Optional.of(render(values));
  }

  /** The value with every placeholder at its default ({@link #resolve} without values). */
  public Optional<String> resolveDefaults() throws ExpressionException {
    return resolve(Map.of());
  }
}
