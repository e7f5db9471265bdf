package dev.policydesigner.export.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Entity;
import dev.policydesigner.model.engine.Decision;
import dev.policydesigner.model.engine.Endpoint;
import dev.policydesigner.model.engine.Identity;
import dev.policydesigner.model.engine.Mode;
import dev.policydesigner.model.engine.Outcome;
import dev.policydesigner.model.engine.Query;
import dev.policydesigner.model.engine.RuleSource;
import dev.policydesigner.model.engine.SideVerdict;
import dev.policydesigner.model.engine.Traffic;
import dev.policydesigner.model.engine.Verdict;
import dev.policydesigner.model.example.Examples;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The seed's validation table for Hubble (section 1.5), on the built-in example's rendered
 * templates.
 */
class HubbleSimulationTest {
  private static final Endpoint DEFAULT_POD = Endpoint.of(Identity.pod("default", "app", "shell"));
  private final Diagram hubble = Examples.hubble();

  private DiagramEngine last;

  private Verdict simulate(Query q) {
    last = DiagramEngine.of(hubble, q.mode(), q.values());
    return DiagramSimulator.simulate(last, q);
  }

  private Verdict simulate(Endpoint from, Endpoint to, int port) {
    return simulate(Query.of(from, to, Traffic.tcp(port)).withFlag("hubble_enabled", true));
  }

  private String flowOf(RuleSource rule) {
    return last.flowsAt(rule.file(), rule.line()).get(0);
  }

  private Verdict simulate(String from, String to, int port) {
    return simulate(Endpoint.node(from), Endpoint.node(to), port);
  }

  @Test
  void theGatewayReachesHubbleUiOnItsContainerPort() {
    Verdict v = simulate("gateway", "hubble-ui", 8081);
    assertEquals(Outcome.ALLOWED, v.outcome(), v.explanation());
    RuleSource rule = v.cases().get(0).ingress().allowedBy().get(0);
    assertEquals("hubble-ui", rule.policy().name());
    assertEquals("gateway-to-hubble-ui", flowOf(rule));
    assertTrue(rule.file().endsWith("hubble-ui.yaml.j2"), rule.file());
    assertFalse(v.cases().get(0).egress().restricted(), "the gateway has no policy here");
  }

  @Test
  void translatesTheServicePortOfHubbleUiToTheContainerPort() {
    Verdict v = simulate("gateway", "hubble-ui", 80);
    assertEquals(Outcome.ALLOWED, v.outcome(), v.explanation());
    assertEquals(8081, v.cases().get(0).traffic().port());
    assertTrue(v.notes().stream().anyMatch(n -> n.contains("8081")), v.explanation());
  }

  @Test
  void nothingElseReachesHubbleUi() {
    for (Endpoint other :
        List.of(
            DEFAULT_POD,
            Endpoint.node("prometheus"),
            Endpoint.node("hubble-relay"),
            Endpoint.of(Identity.pod("network", "app", "other")))) {
      Verdict v = simulate(other, Endpoint.node("hubble-ui"), 8081);
      assertEquals(Outcome.DENIED, v.outcome(), v.explanation());
      SideVerdict ingress = v.cases().get(0).ingress();
      assertFalse(ingress.allowed());
      assertTrue(
          ingress.defaultDenyBy().get(0).label().contains("kube-system/hubble-ui"),
          v.explanation());
    }
  }

  @Test
  void theGatewayDoesNotReachHubbleUiOnOtherPorts() {
    assertEquals(Outcome.DENIED, simulate("gateway", "hubble-ui", 4245).outcome());
  }

  @Test
  void onlyHubbleUiReachesTheRelayOn4245() {
    Verdict ui = simulate("hubble-ui", "hubble-relay", 4245);
    assertEquals(Outcome.ALLOWED, ui.outcome(), ui.explanation());
    assertEquals("hubble-ui", ui.cases().get(0).egress().allowedBy().get(0).policy().name());
    assertEquals("hubble-relay", ui.cases().get(0).ingress().allowedBy().get(0).policy().name());
    for (Endpoint other :
        List.of(DEFAULT_POD, Endpoint.node("gateway"), Endpoint.node("prometheus"))) {
      Verdict v = simulate(other, Endpoint.node("hubble-relay"), 4245);
      assertEquals(Outcome.DENIED, v.outcome(), v.explanation());
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void prometheusScrapesTheRelayExactlyWhenMonitoringIsEnabled(boolean monitoring) {
    Query q =
        Query.between("prometheus", "hubble-relay", 9966)
            .withFlag("hubble_enabled", true)
            .withFlag("monitoring_enabled", monitoring);
    Verdict v = simulate(q);
    assertEquals(monitoring, v.allowed(), v.explanation());
  }

  @Test
  void theRelayReachesTheAgentsOnTheLocalNodeOnlyBecauseItsRuleNamesHostAlone() {
    Verdict v = simulate("hubble-relay", "cilium-agents", 4244);
    assertEquals(Outcome.PARTIAL, v.outcome(), v.explanation());
    assertEquals("DENIED", v.headline());
    assertEquals(2, v.cases().size());
    Decision local = v.cases().get(0);
    Decision remote = v.cases().get(1);
    assertTrue(local.allowed(), v.explanation());
    assertEquals("hubble-relay-to-cilium-agents", flowOf(local.egress().allowedBy().get(0)));
    assertFalse(remote.allowed(), v.explanation());
    assertTrue(remote.description().contains("remote node"), remote.description());
  }

  @Test
  void theRelayReachesTheHostEntityOfItsOwnNode() {
    Verdict v =
        simulate(Endpoint.node("hubble-relay"), Endpoint.of(Identity.entity(Entity.HOST)), 4244);
    assertEquals(Outcome.ALLOWED, v.outcome(), v.explanation());
  }

  @ParameterizedTest
  @ValueSource(strings = {"hubble-ui", "hubble-relay"})
  void bothResolveDns(String source) {
    for (Traffic dns : List.of(Traffic.udp(53), Traffic.tcp(53))) {
      Query q =
          Query.between(source, "kube-dns", 53).withTraffic(dns).withFlag("hubble_enabled", true);
      Verdict v = simulate(q);
      assertEquals(Outcome.ALLOWED, v.outcome(), v.explanation());
      assertTrue(v.cases().get(0).egress().restricted());
    }
  }

  @Test
  void hubbleUiReachesNothingOutsideItsRules() {
    Verdict v =
        simulate(Endpoint.node("hubble-ui"), Endpoint.of(Identity.address("203.0.113.7")), 443);
    assertEquals(Outcome.DENIED, v.outcome(), v.explanation());
    assertFalse(v.cases().get(0).egress().allowed());
  }

  @Test
  void auditModeOnlyObserves() {
    Query q =
        Query.of(DEFAULT_POD, Endpoint.node("hubble-ui"), Traffic.tcp(8081))
            .withMode(Mode.AUDIT)
            .withFlag("hubble_enabled", true);
    Verdict v = simulate(q);
    assertEquals(Outcome.ALLOWED, v.outcome(), v.explanation());
    assertFalse(v.cases().get(0).ingress().restricted());
  }

  @Test
  void aFileWhoseGuardIsFalseContributesNoPolicy() {
    Query q = Query.of(DEFAULT_POD, Endpoint.node("hubble-ui"), Traffic.tcp(8081));
    Verdict v = simulate(q.withFlag("hubble_enabled", false));
    assertEquals(Outcome.ALLOWED, v.outcome(), v.explanation());
    Verdict off =
        simulate(q.withFlag("hubble_enabled", true).withFlag("network_policies_enabled", false));
    assertEquals(Outcome.ALLOWED, off.outcome(), off.explanation());
  }

  @Test
  void explainsBothSidesWithTheHeadlineFirst() {
    String text = simulate("hubble-ui", "hubble-relay", 4245).explanation();
    assertTrue(text.startsWith("ALLOWED\n"), text);
    assertTrue(text.contains("egress of Hubble UI"), text);
    assertTrue(text.contains("ingress of Hubble Relay"), text);
    assertTrue(text.contains("Hubble UI queries flow data"), text);
  }
}
