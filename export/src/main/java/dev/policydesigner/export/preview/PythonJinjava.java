package dev.policydesigner.export.preview;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.el.TruthyTypeConverter;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.tag.IfTag;
import com.hubspot.jinjava.tree.TagNode;
import jinjava.de.odysseus.el.ExpressionFactoryImpl;
import jinjava.de.odysseus.el.tree.TreeStore;
import jinjava.de.odysseus.el.tree.impl.Cache;
import jinjava.javax.el.ExpressionFactory;

/**
 * Jinjava with Python's expression semantics: expressions are parsed by {@link PythonParser},
 * values become booleans by Python's truthiness (in {@code #% if %#}, {@code elif}, {@code not} and
 * {@code a if c else b}).
 */
final class PythonJinjava extends Jinjava {
  private static final int CACHE_SIZE = 1000;

  private ExpressionFactory factory;

  PythonJinjava(JinjavaConfig config) {
    super(config);
    registerTag(new PythonIfTag());
  }

  @Override
  public synchronized ExpressionFactory getExpressionFactory() {
    if (factory == null) {
      TreeStore store = new TreeStore(new PythonParser.SyntaxBuilder(), new Cache(CACHE_SIZE));
      factory = new ExpressionFactoryImpl(store, new PythonTypeConverter());
    }
    return factory;
  }

  /** Jinjava's conversions, with Python's truthiness. */
  static final class PythonTypeConverter extends TruthyTypeConverter {
    private static final long serialVersionUID = 1L;

    @Override
    protected Boolean coerceToBoolean(Object value) {
      return PythonValues.truth(value);
    }
  }

  /** {@code if} / {@code elif} deciding by Python's truthiness. */
  static final class PythonIfTag extends IfTag {
    private static final long serialVersionUID = 1L;

    @Override
    public boolean isPositiveIfElseNode(TagNode tag, JinjavaInterpreter interpreter) {
      Object value =
          interpreter.resolveELExpression(
              tag.getHelpers(), tag.getLineNumber(), tag.getStartPosition());
      return PythonValues.truth(value);
    }
  }
}
