package dev.policydesigner.export.preview;

import jinjava.de.odysseus.el.misc.TypeConverter;
import jinjava.de.odysseus.el.tree.Bindings;
import jinjava.de.odysseus.el.tree.impl.ast.AstBinary;
import jinjava.de.odysseus.el.tree.impl.ast.AstNode;
import jinjava.de.odysseus.el.tree.impl.ast.AstUnary;
import jinjava.javax.el.ELContext;

/**
 * The operators whose Jinjava (EL) meaning differs from Python's, with Python's: comparisons
 * ({@code True == 1}, {@code 'true' == True} is false, a boolean compared with a number is no
 * error), {@code in} / {@code not in}, {@code and} / {@code or} (which give an operand, not a
 * boolean), {@code not} (Python truthiness: the string {@code "false"} is true) and {@code ~}
 * (Python's {@code str}).
 */
final class PythonOperators {
  private PythonOperators() {}

  static final AstBinary.Operator EQ = simple("==", (a, b) -> PythonValues.equal(a, b));
  static final AstBinary.Operator NE = simple("!=", (a, b) -> !PythonValues.equal(a, b));
  static final AstBinary.Operator LT = simple("<", (a, b) -> PythonValues.compare(a, b) < 0);
  static final AstBinary.Operator LE = simple("<=", (a, b) -> PythonValues.compare(a, b) <= 0);
  static final AstBinary.Operator GT = simple(">", (a, b) -> PythonValues.compare(a, b) > 0);
  static final AstBinary.Operator GE = simple(">=", (a, b) -> PythonValues.compare(a, b) >= 0);
  static final AstBinary.Operator IN = simple("in", (a, b) -> PythonValues.contains(b, a));
  static final AstBinary.Operator NOT_IN = simple("not in", (a, b) -> !PythonValues.contains(b, a));
  static final AstBinary.Operator CONCAT =
      simple("~", (a, b) -> PythonValues.str(a) + PythonValues.str(b));

  /** {@code a and b}: {@code a} when it is false, else {@code b}. */
  static final AstBinary.Operator AND =
      new AstBinary.Operator() {
        @Override
        public Object eval(Bindings bindings, ELContext context, AstNode left, AstNode right) {
          Object a = left.eval(bindings, context);
          return PythonValues.truth(a) ? right.eval(bindings, context) : a;
        }

        @Override
        public String toString() {
          return "and";
        }
      };

  /** {@code a or b}: {@code a} when it is true, else {@code b}. */
  static final AstBinary.Operator OR =
      new AstBinary.Operator() {
        @Override
        public Object eval(Bindings bindings, ELContext context, AstNode left, AstNode right) {
          Object a = left.eval(bindings, context);
          return PythonValues.truth(a) ? a : right.eval(bindings, context);
        }

        @Override
        public String toString() {
          return "or";
        }
      };

  /** {@code not a}. */
  static final AstUnary.Operator NOT =
      new AstUnary.SimpleOperator() {
        @Override
        protected Object apply(TypeConverter converter, Object value) {
          return !PythonValues.truth(value);
        }

        @Override
        public String toString() {
          return "not";
        }
      };

  /** {@code -a}: a boolean counts as 0 or 1. */
  static final AstUnary.Operator NEG =
      new AstUnary.SimpleOperator() {
        @Override
        protected Object apply(TypeConverter converter, Object value) {
          Object result = PythonArithmetic.apply(PythonArithmetic.Kind.SUB, 0L, value);
          if (result == null) {
            throw new jinjava.javax.el.ELException(
                "bad operand type for unary -: '" + PythonValues.typeName(value) + "'");
          }
          return result;
        }

        @Override
        public String toString() {
          return "-";
        }
      };

  private interface Apply {
    Object apply(Object a, Object b);
  }

  private static AstBinary.Operator simple(String name, Apply f) {
    return new AstBinary.SimpleOperator() {
      @Override
      protected Object apply(TypeConverter converter, Object a, Object b) {
        return f.apply(a, b);
      }

      @Override
      public String toString() {
        return name;
      }
    };
  }
}
