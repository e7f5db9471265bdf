package dev.policydesigner.export.template;

import static dev.policydesigner.export.template.Docs.list;
import static dev.policydesigner.export.template.Docs.map;
import static dev.policydesigner.export.template.Docs.rules;
import static dev.policydesigner.export.template.Docs.spec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.export.testing.MakejinjaOracle.Render;
import dev.policydesigner.export.testing.TemplateRenders;
import dev.policydesigner.model.Entity;
import dev.policydesigner.model.L7Rules;
import dev.policydesigner.model.NetworkPolicyFallback;
import dev.policydesigner.model.PolicySubject;
import dev.policydesigner.model.PortRange;
import dev.policydesigner.model.Protocol;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NetworkPolicyTemplateTest {
  @TempDir Path dir;

  private static PolicySubject subject(NetworkPolicyFallback fallback, boolean onlyWhenEnforcing) {
    return new PolicySubject(
        "app", "app", "App", "An app", "App policy", fallback, onlyWhenEnforcing);
  }

  private Render render(String template, String mode, boolean flag) {
    return new TemplateRenders(dir)
        .render(
            template,
            Map.of(
                "network_policies_enabled",
                true,
                "network_policies_mode",
                mode,
                "flag_enabled",
                flag));
  }

  private static String preciseTemplate(boolean onlyWhenEnforcing) {
    return new TestDiagram()
        .workload("app", "apps", "app", "app")
        .workload("client", "clients", "app", "client")
        .workload("jobs", "apps")
        .cidr("lan", "10.0.0.0/8", "10.96.0.0/12")
        .entities("cluster", Entity.CLUSTER, Entity.HOST)
        .flow(
            "client",
            "app",
            "flag_enabled | default(false)",
            L7Rules.NONE,
            "Client",
            PortRange.tcp(8080))
        .flow("jobs", "app", "Jobs of the namespace", new PortRange(9000, 9100, Protocol.TCP))
        .flow("cluster", "app", "Every pod", new PortRange(53, null, Protocol.ANY))
        .flow("app", "lan", "To the LAN")
        .subject(subject(NetworkPolicyFallback.PRECISE, onlyWhenEnforcing))
        .write();
  }

  @ParameterizedTest
  @ValueSource(strings = {"audit", "enforce"})
  void writesThePreciseFallbackWithGuardsPodSelectorsAndIpBlocks(String mode) {
    String template = preciseTemplate(false);
    assertTrue(
        template.contains("  #| ingress entity host is left to the CiliumNetworkPolicy #|\n"));
    for (boolean flag : new boolean[] {false, true}) {
      List<Object> docs = render(template, mode, flag).documents();
      assertEquals(2, docs.size());
      Map<String, Object> np = map(docs.get(1));
      assertEquals("networking.k8s.io/v1", np.get("apiVersion"));
      assertEquals(Map.of("matchLabels", Map.of("app", "app")), spec(np).get("podSelector"));
      assertEquals(List.of("Ingress", "Egress"), spec(np).get("policyTypes"));

      List<Object> ingress = rules(np, "ingress");
      assertEquals(flag ? 3 : 2, ingress.size());
      int i = 0;
      if (flag) {
        assertEquals(
            Map.of(
                "from",
                List.of(
                    Map.of(
                        "namespaceSelector",
                            Map.of("matchLabels", Map.of("kubernetes.io/metadata.name", "clients")),
                        "podSelector", Map.of("matchLabels", Map.of("app", "client")))),
                "ports",
                List.of(Map.of("port", 8080, "protocol", "TCP"))),
            ingress.get(i++));
      }
      assertEquals(
          Map.of(
              "from",
              List.of(
                  Map.of(
                      "namespaceSelector",
                      Map.of("matchLabels", Map.of("kubernetes.io/metadata.name", "apps")))),
              "ports",
              List.of(Map.of("port", 9000, "protocol", "TCP", "endPort", 9100))),
          ingress.get(i++));
      assertEquals(
          Map.of(
              "from",
              List.of(Map.of("namespaceSelector", Map.of())),
              "ports",
              List.of(
                  Map.of("port", 53, "protocol", "TCP"), Map.of("port", 53, "protocol", "UDP"))),
          ingress.get(i));
      assertEquals(
          List.of(
              Map.of(
                  "to",
                  List.of(
                      Map.of(
                          "ipBlock",
                          Map.of("cidr", "10.0.0.0/8", "except", List.of("10.96.0.0/12")))))),
          rules(np, "egress"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"audit", "enforce"})
  void writesTheFallbackOnlyInEnforceModeWhenAskedTo(String mode) {
    List<Object> docs = render(preciseTemplate(true), mode, true).documents();
    boolean enforce = mode.equals("enforce");
    assertEquals(enforce ? 2 : 1, docs.size());
    assertEquals("CiliumNetworkPolicy", map(docs.get(0)).get("kind"));
    if (enforce) {
      assertEquals("NetworkPolicy", map(docs.get(1)).get("kind"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"audit", "enforce"})
  void writesTheCoarseFallbackAsOneUnguardedRulePerDirection(String mode) {
    String template =
        new TestDiagram()
            .workload("app", "apps", "app", "app")
            .workload("a", "ns-a", "app", "a")
            .workload("b", "ns-b", "app", "b")
            .flow("a", "app", "flag_enabled | default(false)", L7Rules.NONE, "A", PortRange.tcp(1))
            .flow("b", "app", "B", PortRange.tcp(2))
            .subject(subject(NetworkPolicyFallback.NAMESPACE, false))
            .write();
    for (boolean flag : new boolean[] {false, true}) {
      Map<String, Object> np = map(render(template, mode, flag).documents().get(1));
      List<Object> ingress = rules(np, "ingress");
      assertEquals(1, ingress.size());
      assertEquals(2, list(map(ingress.get(0)).get("from")).size());
      assertEquals(
          List.of(Map.of("port", 1, "protocol", "TCP"), Map.of("port", 2, "protocol", "TCP")),
          map(ingress.get(0)).get("ports"));
      assertTrue(!spec(np).containsKey("egress"));
    }
  }
}
