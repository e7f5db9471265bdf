package dev.policydesigner.export.preview;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import jinjava.de.odysseus.el.tree.Bindings;
import jinjava.de.odysseus.el.tree.impl.ast.AstBinary;
import jinjava.de.odysseus.el.tree.impl.ast.AstNode;
import jinjava.javax.el.ELContext;
import jinjava.javax.el.ELException;

/**
 * Python's {@code + - * / // % **} on numbers (a boolean counts as 0 or 1), strings and lists:
 * integers stay integers except under {@code /}, {@code //} and {@code %} floor as Python does, a
 * string or list added to its kind concatenates and times an integer repeats. Anything else falls
 * back to Jinjava's operator (for example {@code %} formatting of a string).
 */
final class PythonArithmetic {
  private PythonArithmetic() {}

  enum Kind {
    ADD("+"),
    SUB("-"),
    MUL("*"),
    DIV("/"),
    FLOOR_DIV("//"),
    MOD("%"),
    POW("**");

    final String symbol;

    Kind(String symbol) {
      this.symbol = symbol;
    }
  }

  /** Python's operator {@code kind}, falling back to Jinjava's {@code original}. */
  static AstBinary.Operator operator(Kind kind, AstBinary.Operator original) {
    return new AstBinary.Operator() {
      @Override
      public Object eval(Bindings bindings, ELContext context, AstNode left, AstNode right) {
        Object result = apply(kind, left.eval(bindings, context), right.eval(bindings, context));
        return result != null ? result : original.eval(bindings, context, left, right);
      }

      @Override
      public String toString() {
        return kind.symbol;
      }
    };
  }

  /** The result, or {@code null} when Python's rules for these operands are not covered here. */
  static Object apply(Kind kind, Object a, Object b) {
    if (numeric(a) && numeric(b)) {
      return numbers(kind, number(a), number(b));
    }
    if (kind == Kind.ADD && a instanceof CharSequence x && b instanceof CharSequence y) {
      return x.toString() + y;
    }
    if (kind == Kind.ADD && a instanceof List<?> x && b instanceof List<?> y) {
      List<Object> joined = new ArrayList<>(x);
      joined.addAll(y);
      return joined;
    }
    if (kind == Kind.MUL && a instanceof CharSequence s && integral(b)) {
      return s.toString().repeat((int) Math.max(0, number(b).longValue()));
    }
    if (kind == Kind.MUL && a instanceof List<?> l && integral(b)) {
      List<Object> repeated = new ArrayList<>();
      Collections.nCopies((int) Math.max(0, number(b).longValue()), l).forEach(repeated::addAll);
      return repeated;
    }
    if (kind == Kind.MOD && a instanceof CharSequence format) {
      return format(format.toString(), b);
    }
    if (a == null || b == null || a instanceof CharSequence || b instanceof CharSequence) {
      throw new ELException(unsupported(kind, a, b));
    }
    return null;
  }

  /** Python's {@code format % values} for {@code %s}, {@code %d}, {@code %i} and {@code %%}. */
  static String format(String format, Object values) {
    List<?> args = values instanceof List<?> l ? l : java.util.Arrays.asList(values);
    StringBuilder out = new StringBuilder();
    int next = 0;
    for (int i = 0; i < format.length(); i++) {
      char c = format.charAt(i);
      if (c != '%' || i + 1 == format.length()) {
        out.append(c);
        continue;
      }
      char conversion = format.charAt(++i);
      if (conversion == '%') {
        out.append('%');
        continue;
      }
      if (next >= args.size()) {
        throw new ELException("not enough arguments for format string");
      }
      Object arg = args.get(next++);
      switch (conversion) {
        case 's' -> out.append(PythonValues.str(arg));
        case 'd', 'i' -> out.append(number(requireNumber(arg)).longValue());
        default -> throw new ELException("unsupported format character '" + conversion + "'");
      }
    }
    if (next < args.size()) {
      throw new ELException("not all arguments converted during string formatting");
    }
    return out.toString();
  }

  private static Object requireNumber(Object v) {
    if (!numeric(v)) {
      throw new ELException("%d format: a number is required, not " + PythonValues.typeName(v));
    }
    return v;
  }

  private static Object numbers(Kind kind, Number x, Number y) {
    boolean ints = integral(x) && integral(y);
    if ((kind == Kind.DIV || kind == Kind.FLOOR_DIV || kind == Kind.MOD) && y.doubleValue() == 0) {
      throw new ELException("division by zero");
    }
    if (ints) {
      long a = x.longValue();
      long b = y.longValue();
      return switch (kind) {
        case ADD -> a + b;
        case SUB -> a - b;
        case MUL -> a * b;
        case DIV -> (double) a / b;
        case FLOOR_DIV -> Math.floorDiv(a, b);
        case MOD -> Math.floorMod(a, b);
        case POW -> b >= 0 ? (Object) pow(a, b) : Math.pow(a, b);
      };
    }
    double a = x.doubleValue();
    double b = y.doubleValue();
    return switch (kind) {
      case ADD -> a + b;
      case SUB -> a - b;
      case MUL -> a * b;
      case DIV -> a / b;
      case FLOOR_DIV -> Math.floor(a / b);
      case MOD -> a - b * Math.floor(a / b);
      case POW -> Math.pow(a, b);
    };
  }

  private static long pow(long base, long exponent) {
    long result = 1;
    for (long i = 0; i < exponent; i++) {
      result *= base;
    }
    return result;
  }

  private static boolean numeric(Object v) {
    return v instanceof Number || v instanceof Boolean;
  }

  private static boolean integral(Object v) {
    return v instanceof Long
        || v instanceof Integer
        || v instanceof Short
        || v instanceof Byte
        || v instanceof Boolean;
  }

  private static Number number(Object v) {
    return v instanceof Boolean b ? (b ? 1L : 0L) : (Number) v;
  }

  private static String unsupported(Kind kind, Object a, Object b) {
    return "unsupported operand type(s) for "
        + kind.symbol
        + ": '"
        + PythonValues.typeName(a)
        + "' and '"
        + PythonValues.typeName(b)
        + "'";
  }
}
