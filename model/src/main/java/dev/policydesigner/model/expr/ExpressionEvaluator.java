package dev.policydesigner.model.expr;

import java.util.Locale;
import java.util.Map;

/** Evaluates a parsed expression under concrete values, as Jinja2 would. */
final class ExpressionEvaluator {
  private final Map<String, ?> values;

  ExpressionEvaluator(Map<String, ?> values) {
    this.values = values;
  }

  Object eval(Expr e) throws ExpressionException {
    if (e instanceof Expr.Name n) {
      return values.containsKey(n.name()) ? values.get(n.name()) : JinjaValues.UNDEFINED;
    } else if (e instanceof Expr.Literal l) {
      return l.value();
    } else if (e instanceof Expr.ListOf l) {
      return l.items().stream().map(Expr.Literal::value).toList();
    } else if (e instanceof Expr.Filtered f) {
      return filter(f, eval(f.operand()));
    } else if (e instanceof Expr.Defined d) {
      return d.negated() == (eval(d.operand()) == JinjaValues.UNDEFINED);
    } else if (e instanceof Expr.Not n) {
      return !JinjaValues.truthy(eval(n.operand()));
    } else if (e instanceof Expr.And a) {
      Object left = eval(a.left());
      return JinjaValues.truthy(left) ? eval(a.right()) : left;
    } else if (e instanceof Expr.Or o) {
      Object left = eval(o.left());
      return JinjaValues.truthy(left) ? left : eval(o.right());
    }
    return compare((Expr.Comparison) e);
  }

  private Object compare(Expr.Comparison c) throws ExpressionException {
    Object left = eval(c.left());
    Object right = eval(c.right());
    return switch (c.operator()) {
      case EQUAL -> JinjaValues.equal(left, right);
      case NOT_EQUAL -> !JinjaValues.equal(left, right);
      case LESS -> JinjaValues.compare(left, right, c) < 0;
      case LESS_OR_EQUAL -> JinjaValues.compare(left, right, c) <= 0;
      case GREATER -> JinjaValues.compare(left, right, c) > 0;
      case GREATER_OR_EQUAL -> JinjaValues.compare(left, right, c) >= 0;
      case IN -> contains(right, left);
      case NOT_IN -> !contains(right, left);
    };
  }

  private static boolean contains(Object list, Object item) {
    for (Object candidate : (java.util.List<?>) list) {
      if (JinjaValues.equal(item, candidate)) {
        return true;
      }
    }
    return false;
  }

  private static Object filter(Expr.Filtered f, Object v) throws ExpressionException {
    Filter filter = f.filter();
    return switch (filter.kind()) {
      case DEFAULT ->
          v == JinjaValues.UNDEFINED || (filter.whenFalsy() && !JinjaValues.truthy(v))
              ? filter.fallback().value()
              : v;
      case LOWER -> JinjaValues.str(v).toLowerCase(Locale.ROOT);
      case UPPER -> JinjaValues.str(v).toUpperCase(Locale.ROOT);
      case STRING -> JinjaValues.str(v);
      case INT -> {
        if (v == JinjaValues.UNDEFINED) {
          throw new ExpressionException(
              f.operand().start() + 1,
              "'"
                  + f.operand().text()
                  + "' has no value, so '| int' fails in Jinja2;"
                  + " add | default(<number>) before | int");
        }
        yield JinjaValues.toInt(v);
      }
    };
  }
}
