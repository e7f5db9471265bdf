package dev.policydesigner.model.expr;

/**
 * A filter of the expression language.
 *
 * @param kind which filter
 * @param fallback the value of {@code default(…)}, else {@code null}
 * @param whenFalsy {@code default(x, true)}: also replace falsy values, not only undefined ones
 */
public record Filter(Kind kind, Expr.Literal fallback, boolean whenFalsy) {
  /** The filters there are. */
  public enum Kind {
    /** {@code default(x)} (also written {@code d(x)}). */
    DEFAULT,
    /** {@code lower}. */
    LOWER,
    /** {@code upper}. */
    UPPER,
    /** {@code string}. */
    STRING,
    /** {@code int}. */
    INT;

    /** The name as written in a template. */
    public String jinjaName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** The filter as written in a template, e.g. {@code default('audit')}. */
  public String text() {
    if (kind != Kind.DEFAULT) {
      return kind.jinjaName();
    }
    return "default(" + fallback.text() + (whenFalsy ? ", true" : "") + ")";
  }
}
