package dev.policydesigner.model.expr;

import dev.policydesigner.model.expr.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/** Recursive-descent parser of the expression language (grammar in the package description). */
final class ExpressionParser {
  static final String WHAT_IS_ALLOWED =
      "conditions use names, literals, and/or/not, parentheses, ==, !=, in [list],"
          + " is defined and the filters default(…), lower, upper, string and int";

  private final List<Token> tokens;
  private int next;

  private ExpressionParser(List<Token> tokens) {
    this.tokens = tokens;
  }

  /** A whole condition. */
  static Expr condition(String text) throws ExpressionException {
    ExpressionParser p = new ExpressionParser(ExpressionLexer.tokens(text));
    if (p.peek().kind() == Kind.END) {
      throw new ExpressionException(1, "the condition is empty; write a condition or remove it");
    }
    Expr e = p.or();
    p.expectEnd();
    return e;
  }

  /** The inside of a placeholder: a name followed by filters. */
  static Expr placeholder(String text) throws ExpressionException {
    ExpressionParser p = new ExpressionParser(ExpressionLexer.tokens(text));
    Token first = p.peek();
    if (first.kind() != Kind.NAME
        || JinjaWords.isWordOperator(first.text())
        || JinjaWords.isLiteralWord(first.text())) {
      throw new ExpressionException(
          first.start() + 1,
          "a placeholder holds a value name, as in #{ name }# or #{ name | default('x') }#;"
              + " found "
              + first.describe());
    }
    Expr e = p.filtered();
    p.expectEnd();
    return e;
  }

  private void expectEnd() throws ExpressionException {
    Token t = peek();
    if (t.kind() != Kind.END) {
      throw unexpected(t);
    }
  }

  private Expr or() throws ExpressionException {
    Expr left = and();
    while (peek().isWord("or")) {
      next++;
      Expr right = and();
      left = new Expr.Or(left, right, left.start(), right.end());
    }
    return left;
  }

  private Expr and() throws ExpressionException {
    Expr left = not();
    while (peek().isWord("and")) {
      next++;
      Expr right = not();
      left = new Expr.And(left, right, left.start(), right.end());
    }
    return left;
  }

  private Expr not() throws ExpressionException {
    Token t = peek();
    if (t.isWord("not")) {
      next++;
      Expr operand = not();
      return new Expr.Not(operand, t.start(), operand.end());
    }
    return comparison();
  }

  private Expr comparison() throws ExpressionException {
    Expr left = operand();
    Token t = peek();
    Expr.Operator op = t.kind() == Token.Kind.OPERATOR ? Expr.Operator.ofSymbol(t.text()) : null;
    if (op != null) {
      // ==, !=, <, <=, >, >=: one side a literal
    } else if (t.isWord("in")) {
      op = Expr.Operator.IN;
    } else if (t.isWord("not") && tokens.get(next + 1).isWord("in")) {
      op = Expr.Operator.NOT_IN;
      next++;
    }
    if (op == null) {
      return left;
    }
    next++;
    Expr right = op == Expr.Operator.IN || op == Expr.Operator.NOT_IN ? list() : operand();
    if (op != Expr.Operator.IN && op != Expr.Operator.NOT_IN) {
      if (!(left instanceof Expr.Literal) && !(right instanceof Expr.Literal)) {
        throw new ExpressionException(
            right.start() + 1,
            "compare with a literal ('text', a number, true, false or none), not with "
                + "another expression");
      }
    } else if (left instanceof Expr.Literal) {
      throw new ExpressionException(
          left.start() + 1, "the left side of 'in' must be a name, not a literal");
    }
    Token after = peek();
    if (after.kind() == Token.Kind.OPERATOR && Expr.Operator.ofSymbol(after.text()) != null
        || after.isWord("in")) {
      throw new ExpressionException(
          after.start() + 1, "chained comparisons are not allowed; join them with 'and'");
    }
    return new Expr.Comparison(left, op, right, left.start(), right.end());
  }

  private Expr.ListOf list() throws ExpressionException {
    Token open = peek();
    if (!open.isOperator("[")) {
      throw new ExpressionException(
          open.start() + 1,
          "'in' takes a list of literals such as ['a', 'b']; found " + open.describe());
    }
    next++;
    List<Expr.Literal> items = new ArrayList<>();
    while (!peek().isOperator("]")) {
      items.add(literal("an item of the list"));
      if (peek().isOperator(",")) {
        next++;
      } else if (!peek().isOperator("]")) {
        throw new ExpressionException(
            peek().start() + 1, "expected ',' or ']' in the list, found " + peek().describe());
      }
    }
    Token close = take();
    return new Expr.ListOf(items, open.start(), close.end());
  }

  private Expr operand() throws ExpressionException {
    Expr e = filtered();
    Token t = peek();
    if (!t.isWord("is")) {
      return e;
    }
    next++;
    boolean negated = peek().isWord("not");
    if (negated) {
      next++;
    }
    Token test = take();
    if (!test.isWord("defined")) {
      throw new ExpressionException(
          test.start() + 1, "only 'is defined' and 'is not defined' are allowed after 'is'");
    }
    return new Expr.Defined(e, negated, e.start(), test.end());
  }

  private Expr filtered() throws ExpressionException {
    Expr e = primary();
    while (peek().isOperator("|")) {
      next++;
      Token name = take();
      Filter filter = filter(name);
      e = new Expr.Filtered(e, filter, e.start(), tokens.get(next - 1).end());
    }
    return e;
  }

  private Filter filter(Token name) throws ExpressionException {
    String allowed = "; allowed filters: default(…), lower, upper, string, int";
    if (name.kind() != Kind.NAME) {
      throw new ExpressionException(
          name.start() + 1, "expected a filter name after '|', found " + name.describe() + allowed);
    }
    switch (name.text()) {
      case "default", "d" -> {
        return defaultArguments(name);
      }
      case "lower", "upper", "string", "int" -> {
        if (peek().isOperator("(")) {
          throw new ExpressionException(
              peek().start() + 1, "'" + name.text() + "' takes no arguments here");
        }
        return new Filter(
            Filter.Kind.valueOf(name.text().toUpperCase(java.util.Locale.ROOT)), null, false);
      }
      default ->
          throw new ExpressionException(
              name.start() + 1, "the filter '" + name.text() + "' is not allowed" + allowed);
    }
  }

  private Filter defaultArguments(Token name) throws ExpressionException {
    Token open = take();
    if (!open.isOperator("(")) {
      throw new ExpressionException(
          open.start() + 1, "write default(<value>), e.g. default(false) or default('audit')");
    }
    Expr.Literal fallback = literal("the value of default(…)");
    boolean whenFalsy = false;
    if (peek().isOperator(",")) {
      next++;
      Expr.Literal flag = literal("the second argument of default(…)");
      if (!(flag.value() instanceof Boolean b)) {
        throw new ExpressionException(
            flag.start() + 1, "the second argument of default(…) is true or false");
      }
      whenFalsy = b;
    }
    Token close = take();
    if (!close.isOperator(")")) {
      throw new ExpressionException(
          close.start() + 1, "expected ')' to close default(…), found " + close.describe());
    }
    return new Filter(Filter.Kind.DEFAULT, fallback, whenFalsy);
  }

  private Expr primary() throws ExpressionException {
    Token t = peek();
    if (t.isOperator("(")) {
      next++;
      Expr inner = or();
      Token close = take();
      if (!close.isOperator(")")) {
        throw new ExpressionException(
            close.start() + 1,
            "expected ')' to close the '(' at column "
                + (t.start() + 1)
                + ", found "
                + close.describe());
      }
      return rebase(inner, t.start(), close.end());
    }
    if (t.kind() == Kind.NAME && !JinjaWords.isLiteralWord(t.text())) {
      next++;
      JinjaWords.checkName(t);
      Token after = peek();
      if (after.isOperator(".") || after.isOperator("[")) {
        throw new ExpressionException(
            after.start() + 1,
            "attribute and item access ('" + after.text() + "') are not allowed: use a plain name");
      }
      if (after.isOperator("(")) {
        throw new ExpressionException(
            after.start() + 1, "function calls are not allowed: use a plain name");
      }
      return new Expr.Name(t.text(), t.start(), t.end());
    }
    return literal("a name or a literal");
  }

  /** A parenthesised expression spans its parentheses, so cut-outs keep them. */
  private static Expr rebase(Expr e, int start, int end) {
    if (e instanceof Expr.Or o) {
      return new Expr.Or(o.left(), o.right(), start, end);
    } else if (e instanceof Expr.And a) {
      return new Expr.And(a.left(), a.right(), start, end);
    } else if (e instanceof Expr.Not n) {
      return new Expr.Not(n.operand(), start, end);
    } else if (e instanceof Expr.Comparison c) {
      return new Expr.Comparison(c.left(), c.operator(), c.right(), start, end);
    } else if (e instanceof Expr.Filtered f) {
      return new Expr.Filtered(f.operand(), f.filter(), start, end);
    } else if (e instanceof Expr.Defined d) {
      return new Expr.Defined(d.operand(), d.negated(), start, end);
    } else if (e instanceof Expr.Name n) {
      return new Expr.Name(n.name(), start, end);
    } else if (e instanceof Expr.Literal l) {
      return new Expr.Literal(l.value(), start, end);
    }
    Expr.ListOf l = (Expr.ListOf) e;
    return new Expr.ListOf(l.items(), start, end);
  }

  private Expr.Literal literal(String what) throws ExpressionException {
    Token t = peek();
    boolean negative = t.isOperator("-") && tokens.get(next + 1).kind() == Kind.INTEGER;
    if (negative) {
      next++;
      t = peek();
    }
    int start = negative ? tokens.get(next - 1).start() : t.start();
    switch (t.kind()) {
      case STRING -> {
        next++;
        return new Expr.Literal(t.text(), start, t.end());
      }
      case INTEGER -> {
        next++;
        return new Expr.Literal(integer(t, negative), start, t.end());
      }
      case DECIMAL ->
          throw new ExpressionException(
              t.start() + 1, "decimal numbers are not supported; use a whole number or 'text'");
      case NAME -> {
        if (JinjaWords.isLiteralWord(t.text())) {
          next++;
          return new Expr.Literal(JinjaWords.literalWord(t.text()), start, t.end());
        }
        throw new ExpressionException(
            t.start() + 1,
            "expected "
                + what
                + ", found "
                + t.describe()
                + "; only literals ('text', numbers, true, false, none) are allowed here");
      }
      default -> throw unexpected(t);
    }
  }

  private static Long integer(Token t, boolean negative) throws ExpressionException {
    String digits = t.text().replace("_", "");
    if (digits.length() > 18 || t.text().contains("__") || t.text().endsWith("_")) {
      throw new ExpressionException(t.start() + 1, "the number " + t.text() + " is not allowed");
    }
    long v = Long.parseLong(digits);
    return negative ? -v : v;
  }

  private ExpressionException unexpected(Token t) {
    if (t.kind() == Kind.END) {
      return new ExpressionException(
          t.start() + 1, "the expression ends too early: something is missing at the end");
    }
    String s = t.text();
    if (t.kind() == Kind.OPERATOR && "+-*/%~<>**//<=>=".contains(s)) {
      return new ExpressionException(
          t.start() + 1, "'" + s + "' is not allowed: " + WHAT_IS_ALLOWED);
    }
    return new ExpressionException(
        t.start() + 1, "unexpected " + t.describe() + ": " + WHAT_IS_ALLOWED);
  }

  private Token peek() {
    return tokens.get(next);
  }

  private Token take() {
    Token t = tokens.get(next);
    if (t.kind() != Kind.END) {
      next++;
    }
    return t;
  }
}
