package dev.policydesigner.model.expr;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Walks a parse tree for the names it reads. */
final class ExprWalk {
  private ExprWalk() {}

  static void names(Expr e, Set<String> out) {
    if (e instanceof Expr.Name n) {
      out.add(n.name());
    } else if (e instanceof Expr.Filtered f) {
      names(f.operand(), out);
    } else if (e instanceof Expr.Defined d) {
      names(d.operand(), out);
    } else if (e instanceof Expr.Not n) {
      names(n.operand(), out);
    } else if (e instanceof Expr.And a) {
      names(a.left(), out);
      names(a.right(), out);
    } else if (e instanceof Expr.Or o) {
      names(o.left(), out);
      names(o.right(), out);
    } else if (e instanceof Expr.Comparison c) {
      names(c.left(), out);
      names(c.right(), out);
    }
  }

  /** Value names in the tokens of an expression outside the language. */
  static Set<String> namesInTokens(List<Token> tokens) {
    Set<String> names = new LinkedHashSet<>();
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (t.kind() != Token.Kind.NAME || !JinjaWords.isValueName(t.text())) {
        continue;
      }
      Token before = k > 0 ? tokens.get(k - 1) : null;
      Token twoBefore = k > 1 ? tokens.get(k - 2) : null;
      boolean filter = before != null && before.isOperator("|");
      boolean attribute = before != null && before.isOperator(".");
      boolean test =
          before != null
              && (before.isWord("is")
                  || before.isWord("not") && twoBefore != null && twoBefore.isWord("is"));
      boolean call = tokens.get(k + 1).isOperator("(");
      if (!filter && !attribute && !test && !call) {
        names.add(t.text());
      }
    }
    return names;
  }

  /** Names in a position where their truth is tested. */
  static void flags(Expr e, Set<String> out) {
    if (e instanceof Expr.Not n) {
      flags(n.operand(), out);
    } else if (e instanceof Expr.And a) {
      flags(a.left(), out);
      flags(a.right(), out);
    } else if (e instanceof Expr.Or o) {
      flags(o.left(), out);
      flags(o.right(), out);
    } else if (e instanceof Expr.Comparison c) {
      boolean withBoolean =
          c.right() instanceof Expr.Literal l && l.value() instanceof Boolean
              || c.left() instanceof Expr.Literal k && k.value() instanceof Boolean;
      if (withBoolean) {
        flags(c.left(), out);
        flags(c.right(), out);
      }
    } else {
      flag(e, out);
    }
  }

  private static void flag(Expr e, Set<String> out) {
    if (e instanceof Expr.Name n) {
      out.add(n.name());
    } else if (e instanceof Expr.Filtered f
        && f.filter().kind() == Filter.Kind.DEFAULT
        && (f.filter().fallback().value() instanceof Boolean || f.filter().whenFalsy())) {
      flag(f.operand(), out);
    }
  }

  /** The same tree without {@code default(…)} filters. */
  static Expr withoutDefaults(Expr e) {
    if (e instanceof Expr.Filtered f) {
      Expr inner = withoutDefaults(f.operand());
      return f.filter().kind() == Filter.Kind.DEFAULT
          ? inner
          : new Expr.Filtered(inner, f.filter(), f.start(), f.end());
    } else if (e instanceof Expr.Defined d) {
      return new Expr.Defined(withoutDefaults(d.operand()), d.negated(), d.start(), d.end());
    } else if (e instanceof Expr.Not n) {
      return new Expr.Not(withoutDefaults(n.operand()), n.start(), n.end());
    } else if (e instanceof Expr.And a) {
      return new Expr.And(
          withoutDefaults(a.left()), withoutDefaults(a.right()), a.start(), a.end());
    } else if (e instanceof Expr.Or o) {
      return new Expr.Or(withoutDefaults(o.left()), withoutDefaults(o.right()), o.start(), o.end());
    } else if (e instanceof Expr.Comparison c) {
      return new Expr.Comparison(
          withoutDefaults(c.left()), c.operator(), withoutDefaults(c.right()), c.start(), c.end());
    }
    return e;
  }
}
