package dev.policydesigner.model.observe;

import static dev.policydesigner.model.observe.ObservedFlows.flow;
import static dev.policydesigner.model.observe.ObservedFlows.pod;
import static dev.policydesigner.model.observe.ObservedFlows.reserved;
import static dev.policydesigner.model.observe.ObservedFlows.tcp;
import static dev.policydesigner.model.observe.ObservedFlows.world;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.policydesigner.model.CidrNode;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Entity;
import dev.policydesigner.model.EntityNode;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.FqdnNode;
import dev.policydesigner.model.FqdnSelector;
import dev.policydesigner.model.Label;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.PortRange;
import dev.policydesigner.model.Position;
import dev.policydesigner.model.Protocol;
import dev.policydesigner.model.example.Examples;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ObservationMatcherTest {
  private final ObservationMatcher matcher = new ObservationMatcher();

  @Test
  void countsTrafficOnTheEdgeBetweenTheSelectedWorkloads() {
    ObservedEndpoint loki = pod("monitoring", "app.kubernetes.io/name", "loki", "extra", "x");
    ObservedEndpoint rustfs = pod("storage", "app.kubernetes.io/name", "rustfs");
    ObservationReport report =
        matcher.match(
            Examples.rustfs(),
            List.of(
                tcp(loki, rustfs, 9000, Verdict.FORWARDED),
                tcp(loki, rustfs, 9000, Verdict.FORWARDED)));
    ObservationReport.Matched m = report.matchedFlow("loki-to-rustfs").orElseThrow();
    assertEquals(2, m.count());
    assertEquals(Map.of(Verdict.FORWARDED, 2L), m.verdicts());
    assertEquals(List.of(), report.unmatched());
    assertEquals(Examples.rustfs().flows().size() - 1, report.unobserved().size());
  }

  @Test
  void prefersTheWorkloadWithMoreLabelsForAnUnmatchedEnd() {
    // rustfs-0 is selected by "rustfs" (one label) and "storage-jobs" (namespace only)
    ObservedEndpoint rustfs = pod("storage", "app.kubernetes.io/name", "rustfs");
    ObservedEndpoint web = pod("default", "app", "web");
    ObservationReport report =
        matcher.match(Examples.rustfs(), List.of(tcp(rustfs, web, 8080, Verdict.FORWARDED)));
    ObservationReport.Unmatched u = report.unmatched().get(0);
    assertEquals(new ObservedPeer.KnownNode("rustfs"), u.source());
    assertEquals(
        new ObservedPeer.NewWorkload("default", List.of(new Label("app", "web"))), u.destination());
  }

  @Test
  void usesAnyNodeThatSelectsTheEndpointToFindAnEdge() {
    // a storage pod with its own labels is still allowed through the namespace-wide node
    ObservedEndpoint job = pod("storage", "app.kubernetes.io/name", "bucket-setup");
    ObservedEndpoint rustfs = pod("storage", "app.kubernetes.io/name", "rustfs");
    ObservationReport report =
        matcher.match(Examples.rustfs(), List.of(tcp(job, rustfs, 9000, Verdict.FORWARDED)));
    assertEquals(1, report.matchedFlow("storage-jobs-to-rustfs").orElseThrow().count());
  }

  @Test
  void readsAServicePortAsTheContainerPortBehindIt() {
    ObservedEndpoint gateway = pod("network", "gateway.networking.k8s.io/gateway-name", "internal");
    ObservedEndpoint ui = pod("kube-system", "k8s-app", "hubble-ui");
    ObservationReport report =
        matcher.match(Examples.hubble(), List.of(tcp(gateway, ui, 80, Verdict.FORWARDED)));
    assertEquals(1, report.matchedFlow("gateway-to-hubble-ui").orElseThrow().count());
  }

  @Test
  void leavesTrafficOnAnotherPortOrProtocolUnmatched() {
    ObservedEndpoint ui = pod("kube-system", "k8s-app", "hubble-ui");
    ObservedEndpoint relay = pod("kube-system", "k8s-app", "hubble-relay");
    ObservationReport report =
        matcher.match(
            Examples.hubble(),
            List.of(
                tcp(ui, relay, 4246, Verdict.FORWARDED),
                flow(ui, relay, 4245, Protocol.UDP, Verdict.FORWARDED, List.of())));
    assertEquals(2, report.unmatched().size());
    assertEquals(List.of(), report.matched());
  }

  @Test
  void matchesAnEdgeWithoutPortsOnEveryPort() {
    Diagram d =
        withFlow(Examples.hubble(), Flow.of("any", "hubble-ui", "hubble-relay", List.of(), ""));
    ObservedEndpoint ui = pod("kube-system", "k8s-app", "hubble-ui");
    ObservedEndpoint relay = pod("kube-system", "k8s-app", "hubble-relay");
    ObservationReport report = matcher.match(d, List.of(tcp(ui, relay, 9999, Verdict.FORWARDED)));
    assertEquals(1, report.matchedFlow("any").orElseThrow().count());
  }

  @Test
  void mapsReservedIdentitiesToEntityNodesHoldingThem() {
    ObservedEndpoint relay = pod("kube-system", "k8s-app", "hubble-relay");
    ObservationReport report =
        matcher.match(
            Examples.hubble(),
            List.of(
                tcp(relay, reserved("host"), 4244, Verdict.FORWARDED),
                tcp(relay, reserved("remote-node"), 4244, Verdict.DROPPED)));
    assertEquals(1, report.matchedFlow("hubble-relay-to-cilium-agents").orElseThrow().count());
    assertEquals(
        new ObservedPeer.NewEntity(Entity.REMOTE_NODE), report.unmatched().get(0).destination());
  }

  @Test
  void matchesWorldTrafficToCidrAndFqdnNodes() {
    Diagram d = Examples.hubble();
    List<Node> nodes = new ArrayList<>(d.nodes());
    nodes.add(new CidrNode("ntp", "NTP", "192.0.2.0/24", List.of("192.0.2.1/32"), Position.ORIGIN));
    nodes.add(
        new FqdnNode(
            "github", "GitHub", List.of(FqdnSelector.pattern("*.github.com")), Position.ORIGIN));
    d = d.withNodes(nodes);
    d = withFlow(d, Flow.of("to-ntp", "hubble-relay", "ntp", List.of(PortRange.udp(123)), ""));
    d = withFlow(d, Flow.of("to-gh", "hubble-relay", "github", List.of(PortRange.tcp(443)), ""));
    ObservedEndpoint relay = pod("kube-system", "k8s-app", "hubble-relay");
    ObservationReport report =
        matcher.match(
            d,
            List.of(
                flow(relay, world("192.0.2.123"), 123, Protocol.UDP, Verdict.FORWARDED, List.of()),
                flow(relay, world("192.0.2.1"), 123, Protocol.UDP, Verdict.FORWARDED, List.of()),
                tcp(relay, world("140.82.121.6", "api.github.com"), 443, Verdict.FORWARDED)));
    assertEquals(1, report.matchedFlow("to-ntp").orElseThrow().count());
    assertEquals(1, report.matchedFlow("to-gh").orElseThrow().count());
    assertEquals(new ObservedPeer.NewCidr("192.0.2.1/32"), report.unmatched().get(0).destination());
  }

  @Test
  void prefersTheEntityNodeWithFewerEntities() {
    Diagram d = Examples.hubble();
    List<Node> nodes = new ArrayList<>(d.nodes());
    nodes.add(
        0,
        new EntityNode(
            "nodes", "All nodes", List.of(Entity.HOST, Entity.REMOTE_NODE), Position.ORIGIN));
    d = d.withNodes(nodes);
    assertEquals(List.of("cilium-agents", "nodes"), NodeCandidates.of(d, reserved("host"), true));
  }

  @Test
  void collectsThePoliciesNamedForDroppedTraffic() {
    ObservedEndpoint curl = pod("default", "app", "curl");
    ObservedEndpoint rustfs = pod("storage", "app.kubernetes.io/name", "rustfs");
    List<String> denied = List.of("storage/rustfs");
    ObservationReport report =
        matcher.match(
            Examples.rustfs(),
            List.of(
                flow(curl, rustfs, 9000, Protocol.TCP, Verdict.DROPPED, denied),
                flow(curl, rustfs, 9000, Protocol.TCP, Verdict.AUDIT, List.of())));
    ObservationReport.Unmatched u = report.unmatched().get(0);
    assertEquals(2, u.count());
    assertEquals(Map.of(Verdict.DROPPED, 1L, Verdict.AUDIT, 1L), u.verdicts());
    assertEquals(denied, u.policies());
  }

  private static Diagram withFlow(Diagram d, Flow f) {
    List<Flow> flows = new ArrayList<>(d.flows());
    flows.add(f);
    return d.withFlows(flows);
  }
}
