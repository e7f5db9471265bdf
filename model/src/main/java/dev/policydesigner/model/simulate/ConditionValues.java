package dev.policydesigner.model.simulate;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;

/** Python truthiness and equality of condition values; {@link #UNDEFINED} is Jinja's undefined. */
final class ConditionValues {
  /** An undefined name or attribute. */
  static final Object UNDEFINED =
      new Object() {
        @Override
        public String toString() {
          return "Undefined";
        }
      };

  private ConditionValues() {}

  static boolean truthy(Object value) {
    if (value == null || value == UNDEFINED) {
      return false;
    }
    if (value instanceof Boolean b) {
      return b;
    }
    if (value instanceof Number n) {
      return n.doubleValue() != 0;
    }
    if (value instanceof String s) {
      return !s.isEmpty();
    }
    if (value instanceof Collection<?> c) {
      return !c.isEmpty();
    }
    if (value instanceof Map<?, ?> m) {
      return !m.isEmpty();
    }
    return true;
  }

  static boolean equal(Object a, Object b) {
    if (a == UNDEFINED || b == UNDEFINED) {
      return a == b;
    }
    if (a instanceof Boolean || b instanceof Boolean) {
      return Objects.equals(a, b);
    }
    if (a instanceof Number x && b instanceof Number y) {
      return x.doubleValue() == y.doubleValue();
    }
    return Objects.equals(a, b);
  }
}
