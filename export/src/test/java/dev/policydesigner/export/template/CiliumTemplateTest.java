package dev.policydesigner.export.template;

import static dev.policydesigner.export.template.Docs.list;
import static dev.policydesigner.export.template.Docs.map;
import static dev.policydesigner.export.template.Docs.ports;
import static dev.policydesigner.export.template.Docs.rules;
import static dev.policydesigner.export.template.Docs.spec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.export.testing.MakejinjaOracle.Render;
import dev.policydesigner.export.testing.TemplateRenders;
import dev.policydesigner.model.DefaultDenyStyle;
import dev.policydesigner.model.FqdnSelector;
import dev.policydesigner.model.Guard;
import dev.policydesigner.model.HttpRule;
import dev.policydesigner.model.L7Rules;
import dev.policydesigner.model.PortRange;
import dev.policydesigner.model.Protocol;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CiliumTemplateTest {
  @TempDir Path dir;

  private Render render(String template, String mode, Object... flagValues) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("network_policies_enabled", true);
    values.put("network_policies_mode", mode);
    for (int i = 0; i < flagValues.length; i += 2) {
      values.put((String) flagValues[i], flagValues[i + 1]);
    }
    return new TemplateRenders(dir).render(template, values);
  }

  private static TestDiagram appAndClient() {
    return new TestDiagram()
        .workload("app", "apps", "app", "app")
        .workload("client", "apps", "app", "client");
  }

  @ParameterizedTest
  @ValueSource(strings = {"audit", "enforce"})
  void writesTheInlineDefaultDenyAsTheModesBoolean(String mode) {
    String template =
        appAndClient()
            .flow("client", "app", "Client calls", PortRange.tcp(8080))
            .subject("app")
            .style(DefaultDenyStyle.INLINE)
            .write();
    assertTrue(template.contains("  enableDefaultDeny:\n    ingress: #{ enforce | lower }#\n"));

    Object doc = render(template, mode).documents().get(0);
    boolean enforce = mode.equals("enforce");
    assertEquals(Map.of("ingress", enforce, "egress", enforce), spec(doc).get("enableDefaultDeny"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"audit", "enforce"})
  void writesTheIfBlockDefaultDenyAsTheModesBoolean(String mode) {
    String template =
        appAndClient()
            .flow("client", "app", "Client calls", PortRange.tcp(8080))
            .subject("app")
            .write();
    Object doc = render(template, mode).documents().get(0);
    boolean enforce = mode.equals("enforce");
    assertEquals(Map.of("ingress", enforce, "egress", enforce), spec(doc).get("enableDefaultDeny"));
  }

  @Test
  void writesNoDefaultDenyInTheNoneStyle() {
    String template =
        appAndClient()
            .flow("client", "app", "Client calls", PortRange.tcp(8080))
            .subject("app")
            .style(DefaultDenyStyle.NONE)
            .write();
    assertFalse(template.contains("enableDefaultDeny"));
    assertFalse(
        spec(render(template, "enforce").documents().get(0)).containsKey("enableDefaultDeny"));
  }

  @Test
  void guardsTheDirectionKeyWhenEveryRuleIsGuarded() {
    String template =
        appAndClient()
            .workload("other", "apps", "app", "other")
            .flow(
                "client", "app", "a_enabled | default(false)", L7Rules.NONE, "A", PortRange.tcp(1))
            .flow("other", "app", "b_enabled | default(false)", L7Rules.NONE, "B", PortRange.tcp(2))
            .flow("app", "client", "App calls back", PortRange.tcp(3))
            .subject("app")
            .write();
    assertTrue(
        template.contains(
            "#% if (a_enabled | default(false)) or (b_enabled | default(false)) %#\n  ingress:\n"));
    for (boolean a : new boolean[] {false, true}) {
      for (boolean b : new boolean[] {false, true}) {
        for (String mode : List.of("audit", "enforce")) {
          Object doc = render(template, mode, "a_enabled", a, "b_enabled", b).documents().get(0);
          assertEquals((a ? 1 : 0) + (b ? 1 : 0), rules(doc, "ingress").size());
          assertEquals(a || b, spec(doc).containsKey("ingress"));
          assertEquals(1, rules(doc, "egress").size());
        }
      }
    }
  }

  @Test
  void putsTheDirectionKeyInsideTheGuardWhenAllRulesShareIt() {
    String template =
        appAndClient()
            .flow(
                "client", "app", "a_enabled | default(false)", L7Rules.NONE, "A", PortRange.tcp(1))
            .flow("app", "client", "App calls back", PortRange.tcp(3))
            .subject("app")
            .write();
    assertTrue(template.contains("#% if a_enabled | default(false) %#\n  ingress:\n    #| A #|\n"));
    assertFalse(
        spec(render(template, "enforce", "a_enabled", false).documents().get(0))
            .containsKey("ingress"));
    assertEquals(
        1,
        rules(render(template, "enforce", "a_enabled", true).documents().get(0), "ingress").size());
  }

  @Test
  void writesAnEmptyIngressRuleOnlyWhenNoRuleOfThePolicyApplies() {
    String template =
        appAndClient()
            .flow(
                "client", "app", "a_enabled | default(false)", L7Rules.NONE, "A", PortRange.tcp(1))
            .flow(
                "app", "client", "b_enabled | default(false)", L7Rules.NONE, "B", PortRange.tcp(2))
            .subject("app")
            .write();
    for (boolean a : new boolean[] {false, true}) {
      for (boolean b : new boolean[] {false, true}) {
        Object doc = render(template, "enforce", "a_enabled", a, "b_enabled", b).documents().get(0);
        Object ingress = spec(doc).get("ingress");
        if (a) {
          assertEquals(1, list(ingress).size());
          assertTrue(map(list(ingress).get(0)).containsKey("fromEndpoints"));
        } else {
          assertEquals(b ? null : List.of(Map.of()), ingress);
        }
        assertEquals(b ? 1 : 0, rules(doc, "egress").size());
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"audit", "enforce"})
  void writesAPolicyWithoutFlowsAsOneEmptyIngressRule(String mode) {
    String template = appAndClient().subject("app").write();
    Object doc = render(template, mode).documents().get(0);
    assertEquals(List.of(Map.of()), spec(doc).get("ingress"));
    assertFalse(spec(doc).containsKey("egress"));
  }

  @Test
  void leavesOutTheConjunctsTheFileGuardAlreadyEnsures() {
    String template =
        new TestDiagram()
            .workload("app", "apps", "app", "app")
            .conditionalWorkload(
                "client", "apps", "client_enabled | default(false)", "app", "client")
            .flow("client", "app", "Client calls", PortRange.tcp(8080))
            .fileGuard(
                Guard.of(
                    "network_policies_enabled | default(false)", "client_enabled | default(false)"))
            .subject("app")
            .write();
    assertEquals(1, template.split("#% if ", -1).length - 2, template); // file guard + enforce only
    assertEquals(
        1,
        rules(render(template, "enforce", "client_enabled", true).documents().get(0), "ingress")
            .size());
  }

  @Test
  void writesACidrWithItsExceptions() {
    String template =
        new TestDiagram()
            .workload("app", "apps", "app", "app")
            .cidr("lan", "10.0.0.0/8", "10.96.0.0/12", "10.244.0.0/16")
            .flow("app", "lan", "To the LAN", PortRange.tcp(443))
            .flow("lan", "app", "From the LAN", PortRange.tcp(8080))
            .subject("app")
            .write();
    Object doc = render(template, "enforce").documents().get(0);
    Map<String, Object> expected =
        Map.of("cidr", "10.0.0.0/8", "except", List.of("10.96.0.0/12", "10.244.0.0/16"));
    assertEquals(List.of(expected), map(rules(doc, "egress").get(0)).get("toCIDRSet"));
    assertEquals(List.of(expected), map(rules(doc, "ingress").get(0)).get("fromCIDRSet"));
  }

  @Test
  void writesFqdnsWithTheDnsRuleTheDeriverAdds() {
    String template =
        new TestDiagram()
            .workload("app", "apps", "app", "app")
            .fqdns(
                "api", FqdnSelector.name("api.example.org"), FqdnSelector.pattern("*.example.org"))
            .flow("app", "api", "Call the API", PortRange.tcp(443))
            .subject("app")
            .write();
    for (String mode : List.of("audit", "enforce")) {
      List<Object> egress = rules(render(template, mode).documents().get(0), "egress");
      assertEquals(2, egress.size());
      Map<String, Object> dns = map(egress.get(0));
      assertEquals(
          List.of(
              Map.of(
                  "matchLabels",
                  Map.of("io.kubernetes.pod.namespace", "kube-system", "k8s-app", "kube-dns"))),
          dns.get("toEndpoints"));
      Map<String, Object> dnsPorts = map(list(dns.get("toPorts")).get(0));
      assertEquals(Map.of("dns", List.of(Map.of("matchPattern", "*"))), dnsPorts.get("rules"));
      assertEquals(
          List.of(Map.of("matchName", "api.example.org"), Map.of("matchPattern", "*.example.org")),
          map(egress.get(1)).get("toFQDNs"));
    }
  }

  @Test
  void keepsJinjaVariablesInFqdnValues() {
    String template =
        new TestDiagram()
            .workload("app", "apps", "app", "app")
            .fqdns("api", FqdnSelector.name("api.#{ domain }#"))
            .flow("app", "api", "Call the API", PortRange.tcp(443))
            .subject("app")
            .write();
    List<Object> egress =
        rules(render(template, "enforce", "domain", "example.org").documents().get(0), "egress");
    assertEquals(
        List.of(Map.of("matchName", "api.example.org")), map(egress.get(1)).get("toFQDNs"));
  }

  @Test
  void writesHttpRulesUnderTheSamePorts() {
    L7Rules http =
        new L7Rules(
            List.of(
                new HttpRule("GET", "/api/.*", null), new HttpRule(null, "/health", "app.local")),
            List.of());
    String template =
        appAndClient()
            .flow("client", "app", null, http, "Client reads the API", PortRange.tcp(8080))
            .subject("app")
            .write();
    Map<String, Object> toPorts =
        map(
            list(map(rules(render(template, "enforce").documents().get(0), "ingress").get(0))
                    .get("toPorts"))
                .get(0));
    assertEquals(List.of(Map.of("port", "8080", "protocol", "TCP")), toPorts.get("ports"));
    assertEquals(
        Map.of(
            "http",
            List.of(
                Map.of("method", "GET", "path", "/api/.*"),
                Map.of("path", "/health", "host", "app.local"))),
        toPorts.get("rules"));
  }

  @Test
  void writesPortRangesAndProtocolAny() {
    String template =
        appAndClient()
            .flow(
                "client",
                "app",
                "Range and any",
                new PortRange(9000, 9100, Protocol.TCP),
                new PortRange(7000, null, Protocol.ANY))
            .subject("app")
            .write();
    assertTrue(
        template.contains(
            "            - port: \"9000\"\n              protocol: TCP\n              endPort: 9100\n"));
    Object rule = rules(render(template, "enforce").documents().get(0), "ingress").get(0);
    assertEquals(
        List.of(
            Map.of("port", "9000", "protocol", "TCP", "endPort", 9100),
            Map.of("port", "7000", "protocol", "ANY")),
        ports(rule));
  }

  @Test
  void writesNoPortsWhenTheFlowAllowsAllPorts() {
    String template = appAndClient().flow("client", "app", "Everything").subject("app").write();
    Object rule = rules(render(template, "enforce").documents().get(0), "ingress").get(0);
    assertEquals(List.of("fromEndpoints"), List.copyOf(map(rule).keySet()));
  }

  @Test
  void selectsEveryPodWhenTheWorkloadHasNoLabelsAndOmitsTheFileGuardWhenThereIsNone() {
    String template =
        new TestDiagram()
            .workload("app", "apps")
            .workload("client", "apps", "app", "client")
            .flow("client", "app", "Client calls", PortRange.tcp(8080))
            .fileGuard(Guard.ALWAYS)
            .subject("app")
            .write();
    assertTrue(
        template.startsWith(
            "#% set enforce = network_policies_mode | default('audit') == 'enforce' %#\n---\n"));
    assertTrue(template.endsWith("protocol: TCP\n"), template);
    Render render = new TemplateRenders(dir).render(template, Map.of());
    assertEquals(Map.of(), spec(render.documents().get(0)).get("endpointSelector"));
  }

  @Test
  void endsWithExactlyOneNewlineAndWritesTheSameTextTwice() {
    TestDiagram diagram =
        appAndClient()
            .flow("client", "app", "Client calls", PortRange.tcp(8080))
            .subject("app")
            .subject("client");
    String first = diagram.write();
    assertEquals(first, diagram.write());
    assertTrue(first.endsWith("#% endif %#\n") && !first.endsWith("\n\n"));
    assertEquals(2, render(first, "audit").documents().size());
  }
}
