package dev.policydesigner.model.expr;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Jinja2's view of values read from YAML: Python truthiness, equality and {@code str()}. {@link
 * #UNDEFINED} is a name without a value (makejinja's chainable undefined).
 */
final class JinjaValues {
  /** The value of a name that has none. */
  static final Object UNDEFINED =
      new Object() {
        @Override
        public String toString() {
          return "Undefined";
        }
      };

  private JinjaValues() {}

  static boolean truthy(Object v) {
    if (v == null || v == UNDEFINED) {
      return false;
    } else if (v instanceof Boolean b) {
      return b;
    } else if (v instanceof Number n) {
      return isIntegral(n) ? !toBigInteger(n).equals(BigInteger.ZERO) : n.doubleValue() != 0;
    } else if (v instanceof CharSequence s) {
      return s.length() > 0;
    } else if (v instanceof Collection<?> c) {
      return !c.isEmpty();
    } else if (v instanceof Map<?, ?> m) {
      return !m.isEmpty();
    }
    return true;
  }

  /** Python {@code ==}: booleans are the numbers 1 and 0, a string never equals a non-string. */
  static boolean equal(Object a, Object b) {
    if (a == UNDEFINED || b == UNDEFINED) {
      return a == b;
    }
    if (a == null || b == null) {
      return a == b;
    }
    Object x = a instanceof Boolean ba ? (ba ? 1L : 0L) : a;
    Object y = b instanceof Boolean bb ? (bb ? 1L : 0L) : b;
    if (x instanceof Number m && y instanceof Number n) {
      return compareNumbers(m, n) == 0;
    }
    if (x instanceof List<?> l && y instanceof List<?> k) {
      if (l.size() != k.size()) {
        return false;
      }
      for (int i = 0; i < l.size(); i++) {
        if (!equal(l.get(i), k.get(i))) {
          return false;
        }
      }
      return true;
    }
    return Objects.equals(x, y);
  }

  /**
   * Python's ordering of two values (booleans are the numbers 1 and 0): numbers with numbers,
   * strings with strings; anything else fails as in Jinja2 (an undefined value cannot be ordered).
   */
  static int compare(Object a, Object b, Expr.Comparison where) throws ExpressionException {
    Object x = a instanceof Boolean ba ? (ba ? 1L : 0L) : a;
    Object y = b instanceof Boolean bb ? (bb ? 1L : 0L) : b;
    if (x instanceof Number m && y instanceof Number n) {
      return compareNumbers(m, n);
    }
    if (x instanceof CharSequence s && y instanceof CharSequence t) {
      return s.toString().compareTo(t.toString());
    }
    throw new ExpressionException(
        where.start() + 1,
        "'"
            + where.operator().symbol()
            + "' cannot order "
            + typeName(a)
            + " and "
            + typeName(b)
            + " (Jinja2 fails on this too)");
  }

  private static String typeName(Object v) {
    if (v == UNDEFINED) {
      return "an undefined value";
    } else if (v == null) {
      return "none";
    } else if (v instanceof Boolean) {
      return "a boolean";
    } else if (v instanceof Number) {
      return "a number";
    } else if (v instanceof CharSequence) {
      return "text";
    }
    return "a list";
  }

  private static int compareNumbers(Number m, Number n) {
    if (isIntegral(m) && isIntegral(n)) {
      return toBigInteger(m).compareTo(toBigInteger(n));
    }
    return Double.compare(m.doubleValue(), n.doubleValue());
  }

  static boolean isIntegral(Number n) {
    return n instanceof Long
        || n instanceof Integer
        || n instanceof Short
        || n instanceof Byte
        || n instanceof BigInteger;
  }

  private static BigInteger toBigInteger(Number n) {
    return n instanceof BigInteger b ? b : BigInteger.valueOf(n.longValue());
  }

  /** Python {@code str()} as Jinja2 prints a value ({@code ""} for undefined). */
  static String str(Object v) {
    if (v == UNDEFINED) {
      return "";
    }
    return repr(v, false);
  }

  private static String repr(Object v, boolean nested) {
    if (v == null) {
      return "None";
    } else if (v instanceof Boolean b) {
      return b ? "True" : "False";
    } else if (v instanceof Number n) {
      return isIntegral(n) ? toBigInteger(n).toString() : floatText(n.doubleValue());
    } else if (v instanceof CharSequence s) {
      return nested ? "'" + s + "'" : s.toString();
    } else if (v instanceof List<?> l) {
      StringBuilder out = new StringBuilder("[");
      for (Iterator<?> it = l.iterator(); it.hasNext(); ) {
        out.append(repr(it.next(), true)).append(it.hasNext() ? ", " : "");
      }
      return out.append(']').toString();
    } else if (v instanceof Map<?, ?> m) {
      StringBuilder out = new StringBuilder("{");
      for (Iterator<? extends Map.Entry<?, ?>> it = m.entrySet().iterator(); it.hasNext(); ) {
        Map.Entry<?, ?> e = it.next();
        out.append(repr(e.getKey(), true)).append(": ").append(repr(e.getValue(), true));
        out.append(it.hasNext() ? ", " : "");
      }
      return out.append('}').toString();
    }
    return v.toString();
  }

  private static String floatText(double d) {
    if (Double.isNaN(d)) {
      return "nan";
    } else if (Double.isInfinite(d)) {
      return d > 0 ? "inf" : "-inf";
    } else if (d == Math.rint(d) && Math.abs(d) < 1e16) {
      return new BigDecimal(d).toBigInteger() + ".0";
    }
    String s = Double.toString(d).toLowerCase(Locale.ROOT);
    int e = s.indexOf('e');
    if (e < 0) {
      return s;
    }
    String mantissa = s.substring(0, e).replaceAll("\\.0$", "");
    String exponent = s.substring(e + 1);
    String sign = exponent.startsWith("-") ? "-" : "+";
    String digits = exponent.replace("-", "");
    return mantissa + "e" + sign + (digits.length() < 2 ? "0" + digits : digits);
  }

  /** Jinja2's {@code int} filter: the number, or 0 when the text is not one. */
  static long toInt(Object v) {
    if (v instanceof Boolean b) {
      return b ? 1 : 0;
    } else if (v instanceof Number n) {
      return n.longValue();
    } else if (v instanceof CharSequence cs) {
      String s = cs.toString().strip();
      String plain = s.matches("[+-]?\\d+(_\\d+)*") ? s.replace("_", "") : null;
      try {
        if (plain != null) {
          return new BigInteger(plain).longValue();
        }
        return new BigDecimal(s.replace("_", "")).longValue();
      } catch (NumberFormatException e) {
        return 0;
      }
    }
    return 0;
  }
}
