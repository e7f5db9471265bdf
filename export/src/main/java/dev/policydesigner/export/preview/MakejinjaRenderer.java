package dev.policydesigner.export.preview;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.LegacyOverrides;
import com.hubspot.jinjava.interpret.RenderResult;
import com.hubspot.jinjava.interpret.TemplateError;
import com.hubspot.jinjava.tree.Node;
import com.hubspot.jinjava.tree.parse.StringTokenScannerSymbols;
import com.hubspot.jinjava.tree.parse.TokenScannerSymbols;
import java.util.Map;

/**
 * Renders makejinja templates the way makejinja does: delimiters {@code #% %#}, {@code #{ }#} and
 * comments {@code #| … #|} (start and end are the same string), {@code trim_blocks}, {@code
 * lstrip_blocks}, {@code keep_trailing_newline}, and a lenient undefined: an undefined name or
 * attribute renders as nothing and is falsy, so {@code missing | default(false)} and {@code
 * missing.key} work as with Jinja2's {@code ChainableUndefined}.
 *
 * <p>The output equals Jinja2's byte for byte: the tests render every template of the sample repo,
 * the realistic repo and the seed through both and compare them, and a parity test does the same
 * for a corpus of expressions (comparisons, {@code in}, truthiness, {@code default} on booleans,
 * strings against booleans, arithmetic) under typed, all-true, all-false and empty values. What
 * makes Jinjava behave as Jinja2: booleans print as {@code True} / {@code False} and lists and
 * mappings in Python's notation ({@link PythonOutputMode}); {@code default}, {@code lower}, {@code
 * upper} and {@code string} are Jinja2's ({@link PythonFilters}); and expressions are evaluated
 * with Python's operators and truthiness ({@link PythonJinjava}): {@code True == 1}, {@code 'true'
 * == True} is false, a boolean compared with a number is no error, {@code and} / {@code or} give an
 * operand, the string {@code "false"} is true, {@code empty} or {@code div} are names. Known
 * remaining differences, none of which the policy templates use: a value explicitly set to null
 * prints as nothing and counts as undefined for {@code default} (Jinja2: {@code None}, kept);
 * booleans nested in a list print in lower case; an expression starting with {@code -} after a
 * space ({@code #{ -x }#}) also trims the whitespace before the tag.
 */
public final class MakejinjaRenderer {
  private final Jinjava jinjava;

  /** A renderer with makejinja's settings. */
  public MakejinjaRenderer() {
    TokenScannerSymbols symbols =
        StringTokenScannerSymbols.builder()
            .withBlockStartString("#%")
            .withBlockEndString("%#")
            .withVariableStartString("#{")
            .withVariableEndString("}#")
            .withCommentStartString("#|")
            .withCommentEndString("#|")
            .build();
    JinjavaConfig config =
        JinjavaConfig.newBuilder()
            .withTokenScannerSymbols(symbols)
            .withTrimBlocks(true)
            .withLstripBlocks(true)
            .withKeepTrailingNewline(true)
            .withFailOnUnknownTokens(false)
            .withLegacyOverrides(
                LegacyOverrides.newBuilder().withUsePyishObjectMapper(true).build())
            .withExecutionMode(new PythonOutputMode())
            .withInterperterFactory(new ReusedParseFactory())
            .build();
    this.jinjava = new PythonJinjava(config);
    PythonFilters.registerOn(jinjava);
  }

  /**
   * Renders {@code template} with {@code values}.
   *
   * @throws RenderException when the template has a syntax error or a fatal render error
   */
  public String render(String template, Map<String, Object> values) throws RenderException {
    RenderResult result = jinjava.renderForResult(template, values);
    for (TemplateError e : result.getErrors()) {
      if (e.getSeverity() == TemplateError.ErrorType.FATAL) {
        throw new RenderException(describe(e), e.getLineno());
      }
    }
    return result.getOutput();
  }

  /**
   * {@code template}, to render with several value sets: it is parsed on its first render only. The
   * renders are those {@link #render(String, Map)} gives.
   */
  public Template template(String template) {
    return new Template(template);
  }

  /**
   * One template of a {@link MakejinjaRenderer}, parsed on its first render and rendered from that
   * parse afterwards. For one thread at a time.
   */
  public final class Template {
    private final String text;
    private Node parsed;

    private Template(String text) {
      this.text = text;
    }

    /**
     * The template rendered with {@code values}.
     *
     * @throws RenderException when the template has a syntax error or a fatal render error
     */
    public String render(Map<String, Object> values) throws RenderException {
      return ReusedParseFactory.rendering(this, () -> MakejinjaRenderer.this.render(text, values));
    }

    boolean isText(String template) {
      return template == text;
    }

    Node parsed() {
      return parsed;
    }

    void keep(Node node) {
      parsed = node;
    }
  }

  /**
   * Whether the render is only whitespace: makejinja does not write such a file, so the
   * kustomization must not list it.
   */
  public boolean rendersEmpty(String template, Map<String, Object> values) throws RenderException {
    return render(template, values).isBlank();
  }

  private static String describe(TemplateError e) {
    String where = e.getLineno() > 0 ? "line " + e.getLineno() + ": " : "";
    return where + e.getMessage();
  }
}
