package dev.policydesigner.model.expr;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A parsed expression. Every node knows where it stands in the text it was parsed from ({@code
 * start} inclusive, {@code end} exclusive, 0-based), so callers can cut out the user's own spelling
 * of a part. {@link #text()} is the canonical spelling.
 */
public sealed interface Expr {
  /** 0-based offset of the first character. */
  int start();

  /** 0-based offset after the last character. */
  int end();

  /** The canonical text: single spaces, single quotes, parentheses only where needed. */
  String text();

  /** A value name, e.g. {@code hubble_enabled}. */
  record Name(String name, int start, int end) implements Expr {
    @Override
    public String text() {
      return name;
    }
  }

  /** A string, whole number, boolean or none ({@code value} {@code null}). */
  record Literal(Object value, int start, int end) implements Expr {
    @Override
    public String text() {
      if (value == null) {
        return "none";
      }
      if (value instanceof String s) {
        return s.indexOf('\'') >= 0 ? "\"" + s + "\"" : "'" + s + "'";
      }
      return value.toString();
    }
  }

  /** A list of literals, only on the right of {@code in}. */
  record ListOf(List<Literal> items, int start, int end) implements Expr {
    public ListOf {
      items = List.copyOf(items);
    }

    @Override
    public String text() {
      return items.stream().map(Literal::text).collect(Collectors.joining(", ", "[", "]"));
    }
  }

  /** {@code operand | filter}. */
  record Filtered(Expr operand, Filter filter, int start, int end) implements Expr {
    @Override
    public String text() {
      return Precedence.wrap(operand, Precedence.FILTER) + " | " + filter.text();
    }
  }

  /** {@code operand is defined} or {@code operand is not defined}. */
  record Defined(Expr operand, boolean negated, int start, int end) implements Expr {
    @Override
    public String text() {
      return Precedence.wrap(operand, Precedence.FILTER)
          + (negated ? " is not defined" : " is defined");
    }
  }

  /** {@code not operand}. */
  record Not(Expr operand, int start, int end) implements Expr {
    @Override
    public String text() {
      return "not " + Precedence.wrap(operand, Precedence.NOT);
    }
  }

  /** {@code left and right}. */
  record And(Expr left, Expr right, int start, int end) implements Expr {
    @Override
    public String text() {
      return Precedence.wrap(left, Precedence.AND)
          + " and "
          + Precedence.wrapRight(right, Precedence.AND);
    }
  }

  /** {@code left or right}. */
  record Or(Expr left, Expr right, int start, int end) implements Expr {
    @Override
    public String text() {
      return Precedence.wrap(left, Precedence.OR)
          + " or "
          + Precedence.wrapRight(right, Precedence.OR);
    }
  }

  /**
   * {@code left == right}, {@code !=}, {@code <}, {@code <=}, {@code >}, {@code >=}, {@code in} or
   * {@code not in}.
   */
  record Comparison(Expr left, Operator operator, Expr right, int start, int end) implements Expr {
    @Override
    public String text() {
      return Precedence.wrapRight(left, Precedence.COMPARISON)
          + " "
          + operator.symbol()
          + " "
          + Precedence.wrapRight(right, Precedence.COMPARISON);
    }
  }

  /** The comparison operators. */
  enum Operator {
    /** {@code ==}. */
    EQUAL("=="),
    /** {@code !=}. */
    NOT_EQUAL("!="),
    /** {@code <}. */
    LESS("<"),
    /** {@code <=}. */
    LESS_OR_EQUAL("<="),
    /** {@code >}. */
    GREATER(">"),
    /** {@code >=}. */
    GREATER_OR_EQUAL(">="),
    /** {@code in}. */
    IN("in"),
    /** {@code not in}. */
    NOT_IN("not in");

    private final String symbol;

    Operator(String symbol) {
      this.symbol = symbol;
    }

    /** How it is written. */
    public String symbol() {
      return symbol;
    }

    /** Whether it orders its sides ({@code <}, {@code <=}, {@code >}, {@code >=}). */
    public boolean orders() {
      return this == LESS || this == LESS_OR_EQUAL || this == GREATER || this == GREATER_OR_EQUAL;
    }

    /** The operator written as {@code symbol}, if it is one of those compared with a literal. */
    static Operator ofSymbol(String symbol) {
      for (Operator o : values()) {
        if (o != IN && o != NOT_IN && o.symbol.equals(symbol)) {
          return o;
        }
      }
      return null;
    }
  }
}
