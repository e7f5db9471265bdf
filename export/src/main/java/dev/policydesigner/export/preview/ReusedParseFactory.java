package dev.policydesigner.export.preview;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.interpret.Context;
import com.hubspot.jinjava.interpret.InterpreterFactory;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.tree.Node;

/**
 * Makes Jinjava's interpreters, which parse the template being rendered through {@link
 * MakejinjaRenderer.Template} only on its first render: a template rendered with several value sets
 * (a repo check renders every policy file in enforce and in audit mode) is parsed once. A parse
 * that reported anything is not kept, so every render reports it as before. Any other text an
 * interpreter parses is parsed as usual.
 */
final class ReusedParseFactory implements InterpreterFactory {
  /** The template the current thread renders, if it renders one through a {@link Template}. */
  private static final ThreadLocal<MakejinjaRenderer.Template> RENDERING = new ThreadLocal<>();

  @Override
  public JinjavaInterpreter newInstance(JinjavaInterpreter orig) {
    return new JinjavaInterpreter(orig);
  }

  @Override
  public JinjavaInterpreter newInstance(Jinjava jinjava, Context context, JinjavaConfig config) {
    return new ReusingInterpreter(jinjava, context, config);
  }

  /** Runs {@code render} with {@code template} as the current thread's template. */
  static <T> T rendering(MakejinjaRenderer.Template template, RenderWork<T> render)
      throws RenderException {
    MakejinjaRenderer.Template outer = RENDERING.get();
    RENDERING.set(template);
    try {
      return render.run();
    } finally {
      if (outer == null) {
        RENDERING.remove();
      } else {
        RENDERING.set(outer);
      }
    }
  }

  /** A render that may fail. */
  interface RenderWork<T> {
    T run() throws RenderException;
  }

  /** An interpreter that takes the parse of the current template when it has one. */
  private static final class ReusingInterpreter extends JinjavaInterpreter {
    ReusingInterpreter(Jinjava jinjava, Context context, JinjavaConfig config) {
      super(jinjava, context, config);
    }

    @Override
    public Node parse(String template) {
      MakejinjaRenderer.Template current = RENDERING.get();
      if (current == null || !current.isText(template)) {
        return super.parse(template);
      }
      Node kept = current.parsed();
      if (kept != null) {
        return kept;
      }
      int reported = getErrors().size();
      Node parsed = super.parse(template);
      if (getErrors().size() == reported) {
        current.keep(parsed);
      }
      return parsed;
    }
  }
}
