package dev.policydesigner.export.template.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.export.testing.TestData;
import dev.policydesigner.model.DefaultDenyStyle;
import dev.policydesigner.model.Entity;
import dev.policydesigner.model.Guard;
import dev.policydesigner.model.Label;
import dev.policydesigner.model.PortRange;
import dev.policydesigner.model.derive.Peer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyTemplateReaderTest {
  private static final Path SHARED = TestData.dir();
  private final PolicyTemplateReader reader = new PolicyTemplateReader();

  private ParsedTemplate read(Path file) throws Exception {
    return reader.read(file.getFileName().toString(), Files.readString(file));
  }

  @Test
  void readsTheOuterGuardBannersAndRulesOfTheHubbleTemplate() throws Exception {
    ParsedTemplate t = read(SHARED.resolve("seed/expected/hubble-ui.yaml.j2"));
    assertEquals(
        Guard.of("network_policies_enabled | default(false)", "hubble_enabled | default(false)"),
        t.outerGuard());
    assertEquals("network_policies_mode | default('audit') == 'enforce'", t.enforceExpression());
    assertEquals(DefaultDenyStyle.IF_BLOCK, t.defaultDeny());
    assertEquals(2, t.policies().size());
    ParsedPolicy relay = t.policies().get(1);
    assertEquals("hubble-relay", relay.name());
    assertEquals("Hubble Relay", relay.title());
    assertEquals(
        "gRPC relay service - aggregates flow data from Cilium agents on all nodes",
        relay.purpose());
    assertEquals(List.of(new Label("k8s-app", "hubble-relay")), relay.selector());
    ParsedRule prometheus = relay.ingress().get(1);
    assertEquals("Prometheus scraping", prometheus.description());
    assertEquals(Guard.of("monitoring_enabled | default(false)"), prometheus.guard());
    assertEquals(96, prometheus.line());
    assertEquals(List.of(PortRange.tcp(9966)), prometheus.ports());
    assertEquals(
        List.of(
            new Peer.Endpoints(
                null, "monitoring", List.of(new Label("app.kubernetes.io/name", "prometheus")))),
        prometheus.peers());
    ParsedRule host = relay.egress().get(1);
    assertEquals(List.of(new Peer.Entities(null, List.of(Entity.HOST))), host.peers());
    assertTrue(t.problems().isEmpty(), t.problems().toString());
  }

  @Test
  void theMarkerOfATemplateTheDesignerWroteIsNotPartOfItsPolicies() throws Exception {
    String seed = Files.readString(SHARED.resolve("seed/expected/hubble-ui.yaml.j2"));
    ParsedTemplate plain = reader.read("hubble-ui.yaml.j2", seed);
    ParsedTemplate marked =
        reader.read("hubble-ui.yaml.j2", dev.policydesigner.export.plan.GeneratedMarker.mark(seed));
    assertEquals(plain.outerGuard(), marked.outerGuard());
    assertEquals(
        plain.policies().stream().map(p -> p.name() + p.document() + p.ingress()).toList(),
        marked.policies().stream().map(p -> p.name() + p.document() + p.ingress()).toList());
    assertTrue(marked.problems().isEmpty(), marked.problems().toString());
  }

  @Test
  void readsTheInlineDefaultDenyStyle() throws Exception {
    ParsedTemplate t =
        read(
            SHARED.resolve(
                "sample-repo/templates/config/kubernetes/apps/kube-system/"
                    + "network-policies/app/coredns.yaml.j2"));
    assertEquals(DefaultDenyStyle.INLINE, t.defaultDeny());
    assertEquals(Guard.of("network_policies_enabled | default(false)"), t.outerGuard());
  }

  @Test
  void keepsTheStandardNetworkPolicyDocumentOfTheRustfsTemplate() throws Exception {
    ParsedTemplate t = read(SHARED.resolve("seed/expected/rustfs-networkpolicy.yaml.j2"));
    assertEquals(2, t.policies().size());
    ParsedPolicy np = t.policies().get(1);
    assertEquals(PolicyKind.NETWORK_POLICY, np.kind());
    assertTrue(np.document().startsWith("---\n"), np.document());
    assertEquals(6, np.ingress().get(0).peers().size());
    assertNull(t.policies().get(0).document());
    assertFalse(t.policies().get(0).ingress().get(0).isVerbatim());
  }

  @Test
  void reportsTheLineOfAnUnclosedIf() {
    TemplateReadException e =
        assertThrows(
            TemplateReadException.class,
            () -> reader.read("x.yaml.j2", "#% if a %#\n---\nkind: CiliumNetworkPolicy\n"));
    assertEquals(1, e.line());
  }
}
