package dev.policydesigner.model.simulate;

import dev.policydesigner.model.simulate.ConditionLexer.Kind;
import dev.policydesigner.model.simulate.ConditionLexer.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Recursive-descent evaluation of one condition (see {@link ConditionEvaluator}). */
final class ConditionParser {
  private final String expression;
  private final List<Token> tokens;
  private final Map<String, Object> values;
  private int next;

  ConditionParser(String expression, List<Token> tokens, Map<String, Object> values) {
    this.expression = expression;
    this.tokens = tokens;
    this.values = values;
  }

  Object parse() throws ConditionException {
    Object value = or();
    if (peek().kind() != Kind.END) {
      throw unsupported(peek());
    }
    return value;
  }

  private Object or() throws ConditionException {
    Object left = and();
    while (isWord("or")) {
      next++;
      Object right = and();
      left = ConditionValues.truthy(left) ? left : right;
    }
    return left;
  }

  private Object and() throws ConditionException {
    Object left = not();
    while (isWord("and")) {
      next++;
      Object right = not();
      left = ConditionValues.truthy(left) ? right : left;
    }
    return left;
  }

  private Object not() throws ConditionException {
    if (isWord("not")) {
      next++;
      return !ConditionValues.truthy(not());
    }
    return comparison();
  }

  private Object comparison() throws ConditionException {
    Object left = test();
    Token t = peek();
    if (t.kind() == Kind.OPERATOR && (t.text().equals("==") || t.text().equals("!="))) {
      next++;
      Object right = test();
      boolean equal = ConditionValues.equal(left, right);
      return t.text().equals("==") == equal;
    }
    return left;
  }

  /** {@code x is defined}, {@code x is not defined}, {@code x is undefined}. */
  private Object test() throws ConditionException {
    Object value = filtered();
    if (!isWord("is")) {
      return value;
    }
    next++;
    boolean negate = isWord("not");
    if (negate) {
      next++;
    }
    Token name = take(Kind.NAME);
    boolean defined = value != ConditionValues.UNDEFINED;
    switch (name.text()) {
      case "defined":
        return negate != defined;
      case "undefined":
        return negate == defined;
      default:
        throw unsupported(name);
    }
  }

  private Object filtered() throws ConditionException {
    Object value = primary();
    while (isOperator("|")) {
      next++;
      Token filter = take(Kind.NAME);
      List<Object> args = arguments();
      value = applyFilter(filter, value, args);
    }
    return value;
  }

  private List<Object> arguments() throws ConditionException {
    List<Object> args = new ArrayList<>();
    if (!isOperator("(")) {
      return args;
    }
    next++;
    while (!isOperator(")")) {
      args.add(or());
      if (isOperator(",")) {
        next++;
      } else if (!isOperator(")")) {
        throw unsupported(peek());
      }
    }
    next++;
    return args;
  }

  private Object applyFilter(Token filter, Object value, List<Object> args)
      throws ConditionException {
    switch (filter.text()) {
      case "default":
      case "d":
        Object fallback = args.isEmpty() ? "" : args.get(0);
        boolean whenFalsy = args.size() > 1 && ConditionValues.truthy(args.get(1));
        boolean replace =
            value == ConditionValues.UNDEFINED || (whenFalsy && !ConditionValues.truthy(value));
        return replace ? fallback : value;
      case "lower":
        return value == ConditionValues.UNDEFINED
            ? ""
            : pythonString(value).toLowerCase(Locale.ROOT);
      default:
        throw unsupported(filter);
    }
  }

  private static String pythonString(Object value) {
    if (value instanceof Boolean b) {
      return b ? "True" : "False";
    }
    return value == null ? "None" : value.toString();
  }

  private Object primary() throws ConditionException {
    Token t = peek();
    next++;
    switch (t.kind()) {
      case STRING:
        return t.text();
      case NUMBER:
        return Long.parseLong(t.text());
      case NAME:
        return name(t);
      default:
        if (t.text().equals("(")) {
          Object value = or();
          take(")");
          return value;
        }
        throw unsupported(t);
    }
  }

  private Object name(Token t) throws ConditionException {
    switch (t.text()) {
      case "true":
      case "True":
        return true;
      case "false":
      case "False":
        return false;
      case "none":
      case "None":
        return null;
      case "and":
      case "or":
      case "not":
      case "is":
      case "in":
      case "if":
      case "else":
        throw unsupported(t);
      default:
        break;
    }
    Object value = values.containsKey(t.text()) ? values.get(t.text()) : ConditionValues.UNDEFINED;
    while (isOperator(".")) {
      next++;
      Token attribute = take(Kind.NAME);
      value =
          value instanceof Map<?, ?> map && map.containsKey(attribute.text())
              ? map.get(attribute.text())
              : ConditionValues.UNDEFINED;
    }
    return value;
  }

  private boolean isWord(String word) {
    Token t = peek();
    return t.kind() == Kind.NAME && t.text().equals(word);
  }

  private boolean isOperator(String op) {
    Token t = peek();
    return t.kind() == Kind.OPERATOR && t.text().equals(op);
  }

  private Token peek() {
    return tokens.get(next);
  }

  private Token take(Kind kind) throws ConditionException {
    Token t = peek();
    if (t.kind() != kind) {
      throw unsupported(t);
    }
    next++;
    return t;
  }

  private void take(String operator) throws ConditionException {
    if (!isOperator(operator)) {
      throw unsupported(peek());
    }
    next++;
  }

  private ConditionException unsupported(Token t) {
    String what = t.kind() == Kind.END ? "end of expression" : "'" + t.text() + "'";
    return new ConditionException(
        "cannot evaluate '"
            + expression
            + "': unexpected or unsupported "
            + what
            + " at offset "
            + t.offset());
  }
}
