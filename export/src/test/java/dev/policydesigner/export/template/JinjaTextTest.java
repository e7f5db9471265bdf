package dev.policydesigner.export.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

class JinjaTextTest {
  private final Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));

  @ParameterizedTest
  @CsvSource({
    "hubble-ui, hubble-ui",
    "app.kubernetes.io/name, app.kubernetes.io/name",
    "kube-system, kube-system",
    "true, \"true\"",
    "yes, \"yes\"",
    "y, \"y\"",
    "null, \"null\"",
    "9000, \"9000\"",
    "1.5, \"1.5\"",
    "2024-01-01, \"2024-01-01\"",
    "10.0.0.0/8, 10.0.0.0/8"
  })
  void writesAScalarPlainOnlyWhenItReadsBackAsTheSameString(String text, String expected) {
    assertEquals(expected, JinjaText.scalar(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"a b", "#{ x }#", "x: y", "- item", "", "'single'", "\"double\"", "a\nb", "%#"})
  void quotesEverythingElseSoThatItReadsBackUnchanged(String text) {
    String scalar = JinjaText.scalar(text);
    assertFalse(scalar.contains("#"), scalar);
    Map<?, ?> parsed = yaml.load("key: " + scalar);
    assertEquals(text, parsed.get("key"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"*.example.org", "#{ domain }#", "api.example.org", "*.#{ d | default('x') }#"})
  void keepsPlaceholdersLiveInFqdnValues(String value) {
    assertEquals("\"" + value + "\"", JinjaText.quotedValue(value));
  }

  @ParameterizedTest
  @ValueSource(strings = {"#{ token() }#", "#{ x.y }#", "a #% if x %# b", "#{ open"})
  void writesWhatIsNotAValueInert(String value) {
    for (String written : List.of(JinjaText.value(value), JinjaText.quotedValue(value))) {
      assertFalse(written.contains("#{") || written.contains("#%"), written);
      Map<?, ?> parsed = yaml.load("key: " + written);
      assertEquals(value, parsed.get("key"));
    }
  }

  @Test
  void writesAPlaceholderValueLiveAndQuoted() {
    assertEquals(
        "\"#{ ns | default('monitoring') }#\"",
        JinjaText.value("#{ ns | default('monitoring') }#"));
    assertEquals(
        "\"#{ ns | default('monitoring') }#\"",
        JinjaText.value("#{ ns | default(\"monitoring\") }#"),
        "canonical spelling when written with double quotes");
    assertEquals("\"#{ ip }#/32\"", JinjaText.value("#{ ip }#/32"));
    assertEquals("monitoring", JinjaText.value("monitoring"));
  }
}
