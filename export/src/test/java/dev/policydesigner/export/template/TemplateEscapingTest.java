package dev.policydesigner.export.template;

import static dev.policydesigner.export.template.Docs.map;
import static dev.policydesigner.export.template.Docs.rules;
import static dev.policydesigner.export.template.Docs.spec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.export.testing.MakejinjaOracle.Render;
import dev.policydesigner.export.testing.TemplateRenders;
import dev.policydesigner.model.NetworkPolicyFallback;
import dev.policydesigner.model.PolicySubject;
import dev.policydesigner.model.PortRange;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Text the user typed can neither open nor close a Jinja delimiter nor break the YAML. */
class TemplateEscapingTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "ends %# here",
        "ends #} here",
        "comment #| inside",
        "quote \" inside",
        "back\\slash",
        "two\nlines",
        "carriage\r\nreturn and\ttab",
        "variable #{ x }# inside",
        "braces {{ y }} inside",
        "block #% if true %# inside",
        "#",
        "ends with #",
        "-#| dash",
        "|#|#|"
      })
  void keepsTypedTextIntactInEveryRender(String text) {
    String template =
        new TestDiagram()
            .workload("app", "apps", "app", "app")
            .workload("client", "apps", "app", "client")
            .flow("client", "app", text, PortRange.tcp(8080))
            .flow("app", "client", text, PortRange.tcp(8080))
            .subject(
                new PolicySubject(
                    "app", "app", "Title " + text, text, text, NetworkPolicyFallback.PRECISE))
            .write();

    TemplateRenders renders = new TemplateRenders(dir);
    for (String mode : new String[] {"audit", "enforce"}) {
      Render render =
          renders.render(
              template, Map.of("network_policies_enabled", true, "network_policies_mode", mode));

      assertEquals(2, render.documents().size(), "documents in " + mode + " of:\n" + template);
      Object cilium = render.documents().get(0);
      assertEquals(text, spec(cilium).get("description"));
      assertEquals(1, rules(cilium, "ingress").size());
      assertEquals(1, rules(cilium, "egress").size());
      Object networkPolicy = render.documents().get(1);
      assertEquals("NetworkPolicy", map(networkPolicy).get("kind"));
      assertEquals(1, rules(networkPolicy, "ingress").size());
      assertEquals(1, rules(networkPolicy, "egress").size());
    }
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"two\nlines", "comment #| inside", "tab\there"})
  void writesEveryCommentOnOneLineWithoutAnInnerCommentDelimiter(String text) {
    String template =
        new TestDiagram()
            .workload("app", "apps", "app", "app")
            .workload("client", "apps", "app", "client")
            .flow("client", "app", text, PortRange.tcp(8080))
            .subject(new PolicySubject("app", "app", text, text, text, NetworkPolicyFallback.NONE))
            .write();

    for (String line : template.split("\n")) {
      String s = line.strip();
      if (s.startsWith("#|")) {
        assertTrue(s.endsWith(" #|"), line);
        assertEquals(-1, s.substring(2, s.length() - 2).indexOf("#|"), line);
      }
    }
  }
}
