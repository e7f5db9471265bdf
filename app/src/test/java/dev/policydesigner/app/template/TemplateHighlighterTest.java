package dev.policydesigner.app.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TemplateHighlighterTest {
  static Stream<Arguments> tokens() {
    return Stream.of(
        Arguments.of("#% if enforce %#", "#% if enforce %#", "tpl-statement"),
        Arguments.of("ingress: #{ enforce | lower }#", "#{ enforce | lower }#", "tpl-expression"),
        Arguments.of("    #| DNS resolution #|", "#| DNS resolution #|", "tpl-comment"),
        Arguments.of("#| spans\nlines #|", "#| spans\nlines #|", "tpl-comment"),
        Arguments.of("  name: hubble-ui", "  name", "tpl-key"),
        Arguments.of("      - port: \"8081\"", "\"8081\"", "tpl-string"));
  }

  @ParameterizedTest
  @MethodSource("tokens")
  void coloursEachKindOfToken(String text, String token, String style) {
    List<TemplateHighlighter.Span> spans = TemplateHighlighter.spans(text);
    TemplateHighlighter.Span span =
        spans.stream()
            .filter(s -> s.text().equals(token))
            .findFirst()
            .orElseThrow(() -> new AssertionError(token + " not among " + spans));
    assertEquals(style, span.style());
  }
}
