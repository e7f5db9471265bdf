package dev.policydesigner.model.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemplateValueTest {
  @Test
  void splitsTextAndPlaceholders() throws Exception {
    TemplateValue v = TemplateValue.parse("api.#{ domain | default('example.org') }#:#{port}#");
    assertEquals(4, v.parts().size());
    assertEquals(new TemplateValue.Text("api.", 0), v.parts().get(0));
    TemplateValue.Placeholder p = v.placeholders().get(0);
    assertEquals("#{ domain | default('example.org') }#", p.source());
    assertEquals(4, p.start());
    assertEquals("domain", p.name());
    assertEquals("example.org", p.fallback().orElseThrow().value());
    assertEquals(Set.of("domain", "port"), v.names());
    assertTrue(v.hasPlaceholders());
    assertFalse(TemplateValue.parse("plain.example.org").hasPlaceholders());
  }

  @Test
  void resolvesWithValuesOrDefaults() throws Exception {
    TemplateValue v = TemplateValue.parse("#{ ns | default('monitoring') | upper }#-x");
    assertEquals(Optional.of("MONITORING-x"), v.resolveDefaults());
    assertEquals(Optional.of("OBS-x"), v.resolve(Map.of("ns", "obs")));
    TemplateValue bare = TemplateValue.parse("#{ ns }#");
    assertEquals(Optional.empty(), bare.resolveDefaults());
    assertEquals("", bare.render(Map.of()));
    assertEquals("True", bare.render(Map.of("ns", true)));
    assertEquals(
        "true", TemplateValue.parse("#{ enforce | lower }#").render(Map.of("enforce", true)));
    assertEquals("8080", TemplateValue.parse("#{ p | int }#").render(Map.of("p", "8080")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      quoteCharacter = '`',
      value = {
        "x#{ cycler.__init__.__globals__.os.popen('id').read() }#.yaml; 5",
        "#{ 7*7 }#.example.org; 4",
        "#{ a.b }#; 5",
        "#{ a | replace('x', 'y') }#; 8",
        "#{ a }; 1",
        "#{ }#; 4",
        "#{ 'lit' }#; 4",
        "#{ not a }#; 4",
        "#{ a == 1 }#; 6",
        "a #% if x %# b; 3",
        "a %# b; 3",
        "a }# b; 3",
        "#| comment #|; 1",
        "#{- a }#; 3",
        "#{ a | default(b) }#; 16",
      })
  void refusesAnythingButNamesWithTheFewFilters(String text, int column) {
    ExpressionException e =
        assertThrows(ExpressionException.class, () -> TemplateValue.parse(text));
    assertEquals(column, e.column(), e.getMessage());
  }

  @Test
  void refusesLineBreaksInTheText() {
    for (String br : List.of("\n", "\u2028")) {
      ExpressionException e =
          assertThrows(ExpressionException.class, () -> TemplateValue.parse("a" + br + "b: c"));
      assertEquals(2, e.column());
    }
  }
}
