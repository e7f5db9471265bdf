package dev.policydesigner.export.preview;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import jinjava.javax.el.ELException;

/**
 * Python's meaning of truth, equality, ordering and membership for the values templates see ({@code
 * null} is Jinja2's undefined; booleans count as the integers 0 and 1, as in Python). Comparisons
 * Python refuses (a string with a number, anything ordered against undefined) throw an {@link
 * ELException}, which the renderer reports as a render error, as Jinja2 does.
 */
final class PythonValues {
  private PythonValues() {}

  /** Python's {@code bool(value)}. */
  static boolean truth(Object value) {
    if (value == null) {
      return false;
    } else if (value instanceof Boolean b) {
      return b;
    } else if (value instanceof Number n) {
      return n instanceof BigDecimal d ? d.signum() != 0 : n.doubleValue() != 0;
    } else if (value instanceof CharSequence s) {
      return s.length() > 0;
    } else if (value instanceof Collection<?> c) {
      return !c.isEmpty();
    } else if (value instanceof Map<?, ?> m) {
      return !m.isEmpty();
    } else if (value.getClass().isArray()) {
      return Array.getLength(value) > 0;
    }
    return true;
  }

  /** Python's {@code a == b}. */
  static boolean equal(Object a, Object b) {
    if (a == null || b == null) {
      return a == b;
    }
    if (numeric(a) && numeric(b)) {
      return compareNumbers(a, b) == 0;
    }
    if (a instanceof CharSequence || b instanceof CharSequence) {
      return a instanceof CharSequence
          && b instanceof CharSequence
          && a.toString().equals(b.toString());
    }
    if (a instanceof List<?> x && b instanceof List<?> y) {
      if (x.size() != y.size()) {
        return false;
      }
      Iterator<?> i = y.iterator();
      return x.stream().allMatch(e -> equal(e, i.next()));
    }
    if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
      return x.size() == y.size()
          && x.entrySet().stream()
              .allMatch(
                  e -> containsKey(y, e.getKey()) && equal(e.getValue(), valueOf(y, e.getKey())));
    }
    return a.equals(b);
  }

  /** Python's ordering of two values: negative, zero or positive; throws when Python refuses. */
  static int compare(Object a, Object b) {
    if (numeric(a) && numeric(b)) {
      return compareNumbers(a, b);
    }
    if (a instanceof CharSequence x && b instanceof CharSequence y) {
      return x.toString().compareTo(y.toString());
    }
    if (a instanceof List<?> x && b instanceof List<?> y) {
      for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
        if (!equal(x.get(i), y.get(i))) {
          return compare(x.get(i), y.get(i));
        }
      }
      return Integer.compare(x.size(), y.size());
    }
    throw new ELException(
        "'<' not supported between instances of '" + typeName(a) + "' and '" + typeName(b) + "'");
  }

  /** Python's {@code item in container}. */
  static boolean contains(Object container, Object item) {
    if (container == null) {
      return false; // an undefined value iterates nothing
    }
    if (container instanceof CharSequence s) {
      if (!(item instanceof CharSequence part)) {
        throw new ELException(
            "'in <string>' requires string as left operand, not " + typeName(item));
      }
      return s.toString().contains(part.toString());
    }
    if (container instanceof Map<?, ?> m) {
      return containsKey(m, item);
    }
    if (container instanceof Collection<?> c) {
      return c.stream().anyMatch(e -> equal(item, e));
    }
    if (container.getClass().isArray()) {
      for (int i = 0; i < Array.getLength(container); i++) {
        if (equal(item, Array.get(container, i))) {
          return true;
        }
      }
      return false;
    }
    throw new ELException("argument of type '" + typeName(container) + "' is not iterable");
  }

  /** Python's {@code str(value)}; undefined is the empty string. */
  static String str(Object value) {
    if (value == null) {
      return "";
    } else if (value instanceof Boolean b) {
      return b ? "True" : "False";
    }
    return String.valueOf(value);
  }

  private static boolean containsKey(Map<?, ?> map, Object key) {
    return map.keySet().stream().anyMatch(k -> equal(k, key));
  }

  private static Object valueOf(Map<?, ?> map, Object key) {
    return map.entrySet().stream()
        .filter(e -> equal(e.getKey(), key))
        .findFirst()
        .map(Map.Entry::getValue)
        .orElse(null);
  }

  private static boolean numeric(Object v) {
    return v instanceof Number || v instanceof Boolean;
  }

  private static int compareNumbers(Object a, Object b) {
    Number x = a instanceof Boolean t ? (t ? 1 : 0) : (Number) a;
    Number y = b instanceof Boolean t ? (t ? 1 : 0) : (Number) b;
    if (integral(x) && integral(y)) {
      return Long.compare(x.longValue(), y.longValue());
    }
    return Double.compare(x.doubleValue(), y.doubleValue());
  }

  private static boolean integral(Number n) {
    return n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte;
  }

  static String typeName(Object v) {
    if (v == null) {
      return "Undefined";
    } else if (v instanceof Boolean) {
      return "bool";
    } else if (v instanceof Number n) {
      return integral(n) ? "int" : "float";
    } else if (v instanceof CharSequence) {
      return "str";
    } else if (v instanceof Map) {
      return "dict";
    } else if (v instanceof Collection) {
      return "list";
    }
    return v.getClass().getSimpleName();
  }
}
