package dev.policydesigner.model.expr;

/** Binding strength of the operators, loosest first, for printing parentheses where needed. */
enum Precedence {
  OR,
  AND,
  NOT,
  COMPARISON,
  FILTER,
  ATOM;

  static Precedence of(Expr e) {
    if (e instanceof Expr.Or) {
      return OR;
    } else if (e instanceof Expr.And) {
      return AND;
    } else if (e instanceof Expr.Not) {
      return NOT;
    } else if (e instanceof Expr.Comparison) {
      return COMPARISON;
    } else if (e instanceof Expr.Filtered || e instanceof Expr.Defined) {
      return FILTER;
    }
    return ATOM;
  }

  /** {@code e}'s text, parenthesised when it binds looser than {@code context}. */
  static String wrap(Expr e, Precedence context) {
    return of(e).compareTo(context) < 0 ? "(" + e.text() + ")" : e.text();
  }

  /** As {@link #wrap}, also parenthesising an operand of the same strength. */
  static String wrapRight(Expr e, Precedence context) {
    return of(e).compareTo(context) <= 0 ? "(" + e.text() + ")" : e.text();
  }
}
