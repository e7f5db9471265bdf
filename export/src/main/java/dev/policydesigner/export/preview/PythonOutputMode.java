package dev.policydesigner.export.preview;

import com.hubspot.jinjava.interpret.Context;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.expression.ExpressionStrategy;
import com.hubspot.jinjava.mode.ExecutionMode;
import com.hubspot.jinjava.tree.output.RenderedOutputNode;
import com.hubspot.jinjava.tree.parse.ExpressionToken;

/**
 * Jinjava's default execution, except that {@code #{ … }#} prints a boolean as Python does ({@code
 * True} / {@code False}, where Jinjava prints {@code true} / {@code false}). Lists and mappings are
 * printed Python-style by Jinjava's "pyish" object mapper, which the renderer turns on. An
 * undefined value prints as nothing, like Jinja2's {@code ChainableUndefined}.
 */
final class PythonOutputMode implements ExecutionMode {
  @Override
  public void prepareContext(Context context) {
    context.setExpressionStrategy(new PythonExpressionStrategy());
  }

  /** Prints expression values the way Jinja2 does. */
  static final class PythonExpressionStrategy implements ExpressionStrategy {
    private static final long serialVersionUID = 1L;

    @Override
    public RenderedOutputNode interpretOutput(
        ExpressionToken token, JinjavaInterpreter interpreter) {
      Object value = interpreter.resolveELExpression(expression(token), token.getLineNumber());
      return new RenderedOutputNode(asPythonString(value, interpreter));
    }

    /**
     * The expression as Jinja2 reads it: Jinjava takes a leading {@code -} for whitespace control
     * even after a space ({@code #{ -x }#}), Jinja2 only right after the delimiter ({@code #{-}).
     */
    static String expression(ExpressionToken token) {
      String image = token.getImage();
      String start = token.getSymbols().getExpressionStart();
      String end = token.getSymbols().getExpressionEnd();
      if (image == null || !image.startsWith(start) || !image.endsWith(end)) {
        return token.getExpr();
      }
      String inner = image.substring(start.length(), image.length() - end.length());
      if (inner.startsWith("-")) {
        inner = inner.substring(1);
      }
      if (inner.endsWith("-")) {
        inner = inner.substring(0, inner.length() - 1);
      }
      return inner.strip();
    }

    static String asPythonString(Object value, JinjavaInterpreter interpreter) {
      if (value == null) {
        return "";
      }
      if (value instanceof Boolean b) {
        return b ? "True" : "False";
      }
      return interpreter.getAsString(value);
    }
  }
}
