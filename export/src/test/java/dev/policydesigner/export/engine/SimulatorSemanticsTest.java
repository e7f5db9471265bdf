package dev.policydesigner.export.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.model.CidrNode;
import dev.policydesigner.model.DefaultDenyStyle;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Entity;
import dev.policydesigner.model.EntityNode;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.FqdnNode;
import dev.policydesigner.model.FqdnSelector;
import dev.policydesigner.model.Guard;
import dev.policydesigner.model.KindHint;
import dev.policydesigner.model.Label;
import dev.policydesigner.model.NetworkPolicyFallback;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.PolicyFile;
import dev.policydesigner.model.PolicySubject;
import dev.policydesigner.model.PortRange;
import dev.policydesigner.model.Position;
import dev.policydesigner.model.Protocol;
import dev.policydesigner.model.Settings;
import dev.policydesigner.model.Workload;
import dev.policydesigner.model.engine.Endpoint;
import dev.policydesigner.model.engine.Identity;
import dev.policydesigner.model.engine.IpProtocol;
import dev.policydesigner.model.engine.Mode;
import dev.policydesigner.model.engine.Outcome;
import dev.policydesigner.model.engine.Query;
import dev.policydesigner.model.engine.Traffic;
import dev.policydesigner.model.engine.Verdict;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Peer matching, default-deny styles and render errors on a small hand-made diagram's templates.
 */
class SimulatorSemanticsTest {
  private static final Position AT = new Position(0, 0);

  static Diagram diagram(DefaultDenyStyle style) {
    Workload web =
        new Workload(
            "web",
            "Web",
            KindHint.APP,
            "shop",
            List.of(new Label("app", "web")),
            List.of(),
            null,
            AT);
    Workload peer =
        new Workload("peer", "Peer", KindHint.APP, "other", List.of(), List.of(), null, AT);
    CidrNode db = new CidrNode("db", "Database net", "10.0.0.0/8", List.of("10.1.0.0/16"), AT);
    FqdnNode api = new FqdnNode("api", "API", List.of(FqdnSelector.pattern("*.example.org")), AT);
    FqdnNode docs =
        new FqdnNode("docs", "Docs", List.of(FqdnSelector.name("docs.example.org")), AT);
    EntityNode cluster = new EntityNode("cluster", "Cluster", List.of(Entity.CLUSTER), AT);
    EntityNode world = new EntityNode("world", "World", List.of(Entity.WORLD), AT);
    List<Flow> flows =
        List.of(
            Flow.of("to-db", "web", "db", List.of(PortRange.tcp(5432)), "Database"),
            Flow.of("to-api", "web", "api", List.of(PortRange.tcp(443)), "API"),
            Flow.of("from-cluster", "cluster", "web", List.of(PortRange.tcp(8080)), "Cluster"),
            Flow.of("from-world", "world", "web", List.of(PortRange.tcp(443)), "World"),
            Flow.of("to-peer", "web", "peer", List.of(), "All ports")
                .withCondition("mode_name == 'X'"));
    PolicySubject subject =
        new PolicySubject("web", "web", "Web", "", "", NetworkPolicyFallback.NONE);
    PolicyFile file =
        new PolicyFile("templates/web.yaml.j2", Guard.ALWAYS, style, List.of(subject), null);
    return new Diagram(
        "t",
        "",
        List.of(web, peer, db, api, docs, cluster, world),
        flows,
        List.of(file),
        Settings.DEFAULT);
  }

  private static Verdict simulate(Endpoint from, Endpoint to, int port) {
    return DiagramSimulator.simulate(
        diagram(DefaultDenyStyle.IF_BLOCK), Query.of(from, to, Traffic.tcp(port)));
  }

  private static Endpoint ip(String address) {
    return Endpoint.of(Identity.address(address));
  }

  private static Endpoint pod(String namespace, String... labels) {
    return Endpoint.of(Identity.pod(namespace, labels));
  }

  @ParameterizedTest(name = "{0} on {1}: {2}")
  @CsvSource({
    "10.2.3.4, 5432, true",
    "10.1.2.3, 5432, false",
    "192.168.1.1, 5432, false",
    "10.2.3.4, 5433, false",
  })
  void matchesCidrRulesWithTheirExceptions(String ip, int port, boolean allowed) {
    Verdict v = simulate(Endpoint.node("web"), ip(ip), port);
    assertEquals(allowed, v.allowed(), v.explanation());
  }

  @Test
  void aCidrNodeWithExceptionsReachesWhatItsOwnFlowAllows() {
    Verdict v = simulate(Endpoint.node("web"), Endpoint.node("db"), 5432);
    assertTrue(v.allowed(), v.explanation());
  }

  @Test
  void aCidrNodeIsNotCoveredByARuleThatExceptsMoreThanTheNodeDoes() {
    Diagram d = diagram(DefaultDenyStyle.IF_BLOCK);
    List<Node> nodes = new ArrayList<>(d.nodes());
    nodes.add(new CidrNode("narrow", "Narrow", "10.0.0.0/8", List.of("10.1.2.0/24"), AT));
    Verdict v =
        DiagramSimulator.simulate(
            d.withNodes(nodes),
            Query.of(Endpoint.node("web"), Endpoint.node("narrow"), Traffic.tcp(5432)));
    assertFalse(v.allowed(), v.explanation());
  }

  @Test
  void fqdnRulesMatchTheirOwnNodeAndNamesTheirPatternCovers() {
    assertTrue(simulate(Endpoint.node("web"), Endpoint.node("api"), 443).allowed());
    assertTrue(simulate(Endpoint.node("web"), Endpoint.node("docs"), 443).allowed());
    assertFalse(simulate(Endpoint.node("web"), ip("198.51.100.1"), 443).allowed());
  }

  @Test
  void theClusterEntityAdmitsPodsAndHostsButNotTheWorld() {
    assertTrue(simulate(pod("any", "x", "y"), Endpoint.node("web"), 8080).allowed());
    assertTrue(
        simulate(Endpoint.of(Identity.entity(Entity.REMOTE_NODE)), Endpoint.node("web"), 8080)
            .allowed());
    assertFalse(simulate(ip("198.51.100.1"), Endpoint.node("web"), 8080).allowed());
  }

  @Test
  void theWorldEntityAdmitsAddressesOutsideTheClusterOnly() {
    assertTrue(simulate(ip("198.51.100.1"), Endpoint.node("web"), 443).allowed());
    assertFalse(simulate(pod("any"), Endpoint.node("web"), 443).allowed());
  }

  @Test
  void withoutEnableDefaultDenyOnlyDirectionsWithRulesDeny() {
    Diagram d = diagram(DefaultDenyStyle.NONE);
    Query inAudit =
        Query.of(pod("any"), Endpoint.node("web"), Traffic.tcp(9999)).withMode(Mode.AUDIT);
    Verdict v = DiagramSimulator.simulate(d, inAudit);
    assertEquals(Outcome.DENIED, v.outcome(), v.explanation());
  }

  /** Web admits its peer on 8080 only when {@code web_public}; no enableDefaultDeny is written. */
  private static Diagram guardedOnlyRule() {
    Flow only =
        Flow.of("peer-web", "peer", "web", List.of(PortRange.tcp(8080)), "Peer")
            .withCondition("web_public");
    return diagram(DefaultDenyStyle.NONE).withFlows(List.of(only));
  }

  @ParameterizedTest(name = "web_public={0}")
  @CsvSource({"true", "false"})
  void withoutRulesInForceTheEmptyIngressRuleStillDeniesIngress(boolean webPublic) {
    Query q =
        Query.of(pod("any"), Endpoint.node("web"), Traffic.tcp(8080))
            .withFlag("web_public", webPublic);
    Verdict v = DiagramSimulator.simulate(guardedOnlyRule(), q);
    assertEquals(Outcome.DENIED, v.outcome(), v.explanation());
    if (!webPublic) {
      assertTrue(v.explanation().contains("ingress: [{}]"), v.explanation());
    }
  }

  @Test
  void withoutRulesInForceEgressStaysOpen() {
    Query q =
        Query.of(Endpoint.node("web"), pod("any"), Traffic.tcp(8080)).withFlag("web_public", false);
    Verdict v = DiagramSimulator.simulate(guardedOnlyRule(), q);
    assertEquals(Outcome.ALLOWED, v.outcome(), v.explanation());
  }

  /** Web with its namespace and name label written as template placeholders. */
  private static Diagram templatedWeb() {
    return diagram(DefaultDenyStyle.IF_BLOCK)
        .mapNode(
            "web",
            n -> {
              Workload w = (Workload) n;
              return new Workload(
                  w.id(),
                  w.name(),
                  w.kind(),
                  "#{ shop_namespace | default('shop') }#",
                  List.of(new Label("app", "#{ web_app | default('web') | lower }#")),
                  w.ports(),
                  w.condition(),
                  w.position());
            });
  }

  @ParameterizedTest(name = "shop_namespace={0}")
  @CsvSource({"'', shop", "store, store"})
  void placeholdersInANodeCountAsWhatTheyRenderTo(String given, String namespace) {
    Query out = Query.of(Endpoint.node("web"), ip("192.168.1.1"), Traffic.tcp(5432));
    Query in = Query.of(pod("anywhere"), Endpoint.node("web"), Traffic.tcp(9999));
    Query allowed = Query.of(Endpoint.node("web"), Endpoint.node("db"), Traffic.tcp(5432));
    if (!given.isEmpty()) {
      out = out.withValue("shop_namespace", given);
      in = in.withValue("shop_namespace", given);
      allowed = allowed.withValue("shop_namespace", given);
    }
    Verdict egress = DiagramSimulator.simulate(templatedWeb(), out);
    assertEquals(Outcome.DENIED, egress.outcome(), "web's own policy selects it: " + egress);
    Verdict ingress = DiagramSimulator.simulate(templatedWeb(), in);
    assertEquals(Outcome.DENIED, ingress.outcome(), ingress.explanation());
    Verdict v = DiagramSimulator.simulate(templatedWeb(), allowed);
    assertTrue(v.allowed(), v.explanation());
    assertTrue(v.explanation().contains("Web (" + namespace + ")"), v.explanation());
  }

  @Test
  void aGuardIsEvaluatedAsTheTemplateRendersIt() {
    Verdict off = simulate(Endpoint.node("web"), Endpoint.node("peer"), 22);
    assertEquals(Outcome.DENIED, off.outcome(), off.explanation());
    Query on =
        Query.of(Endpoint.node("web"), Endpoint.node("peer"), Traffic.tcp(22))
            .withValue("mode_name", "X");
    Verdict v = DiagramSimulator.simulate(diagram(DefaultDenyStyle.IF_BLOCK), on);
    assertEquals(Outcome.ALLOWED, v.outcome(), v.explanation());
  }

  @Test
  void aTemplateThatCannotBeWrittenIsNamedAndItsPoliciesLeftOut() {
    Diagram broken =
        diagram(DefaultDenyStyle.IF_BLOCK)
            .mapFlow("to-peer", f -> f.withCondition("web_public and"));
    Verdict v =
        DiagramSimulator.simulate(
            broken, Query.of(pod("a"), Endpoint.node("web"), Traffic.tcp(22)));
    assertEquals(Outcome.ALLOWED, v.outcome(), v.explanation());
    assertTrue(v.explanation().contains("templates/web.yaml.j2"), v.explanation());
    assertTrue(v.explanation().contains("cannot be written"), v.explanation());
  }

  @Test
  void anUnknownNodeIsAnError() {
    Verdict v = simulate(Endpoint.node("nope"), Endpoint.node("web"), 22);
    assertEquals(Outcome.UNKNOWN, v.outcome());
    assertTrue(v.errors().get(0).contains("nope"));
  }

  @Test
  void anyProtocolRulesCoverUdp() {
    Diagram d = diagram(DefaultDenyStyle.IF_BLOCK);
    Diagram any =
        d.mapFlow("to-db", f -> f.withPorts(List.of(new PortRange(5432, null, Protocol.ANY))));
    Query q = Query.of(Endpoint.node("web"), ip("10.2.3.4"), new Traffic(IpProtocol.UDP, 5432));
    assertTrue(DiagramSimulator.simulate(any, q).allowed());
    assertFalse(DiagramSimulator.simulate(d, q).allowed());
  }
}
