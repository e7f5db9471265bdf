package dev.policydesigner.export.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.export.testing.MakejinjaOracle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** makejinja's semantics on small templates, each compared with real Jinja2. */
class MakejinjaRendererSemanticsTest {
  private final MakejinjaRenderer renderer = new MakejinjaRenderer();

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a: #{ missing | default(false) }#\n",
        "#% if missing.key.deeper %#\nyes\n#% else %#\nno\n#% endif %#\n",
        "value: [#{ missing.key }#]\n",
        "#% if missing | default(false) and other | default(true) %#\nboth\n#% endif %#\n",
        "#% set enforce = mode | default('audit') == 'enforce' %#\ningress: #{ enforce | lower }#\n",
        "list:\n  #| indented comment #|\n  - x\n    #% if flag %#\n  - y\n    #% endif %#\n",
        "no trailing newline #{ 1 + 2 }#",
        "two trailing newlines\n\n",
        "#| only a comment #|\n",
        "#% if flag %#\n---\nkind: A\n#% endif %#\n",
        "name: #{ name | default('none') }#\n",
        "flag: #{ flag }# off: #{ not flag }# lower: #{ flag | lower }#\n",
        "d: #{ missing | d('x') }# e: #{ '' | default('y', true) }# s: #{ flag | string }#\n",
        "upper: #{ flag | upper }# #{ missing | lower }#|\n",
        "list: #{ ['a', 1] }# map: #{ {'k': 'v'} }# missing: #{ missing }#\n",
      })
  void rendersLikeJinja2(String template) throws Exception {
    Path file = dir.resolve("t.yaml.j2");
    Files.writeString(file, template);
    List<String> sets = List.of("flag=true", "mode=enforce", "name=storage");
    String expected = MakejinjaOracle.renderFileText(file, List.of(), sets);
    Map<String, Object> values = ValuesSource.empty().withOverrides(sets).values();
    assertEquals(expected, renderer.render(template, values));
  }

  @Test
  void reportsAWhitespaceOnlyRenderAsEmpty() throws Exception {
    String template = "#% if flag | default(false) %#\nkind: A\n#% endif %#\n\n";
    assertTrue(renderer.rendersEmpty(template, Map.of()));
    assertFalse(renderer.rendersEmpty(template, Map.of("flag", true)));
  }

  @Test
  void namesTheLineOfASyntaxError() {
    String template = "a: 1\n#% if %#\nb\n";
    RenderException e =
        assertThrows(RenderException.class, () -> renderer.render(template, Map.of()));
    assertEquals(2, e.line());
  }
}
