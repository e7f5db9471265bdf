package dev.policydesigner.export.hubble;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.policydesigner.model.Entity;
import dev.policydesigner.model.Label;
import dev.policydesigner.model.Protocol;
import dev.policydesigner.model.example.Examples;
import dev.policydesigner.model.observe.ObservationMatcher;
import dev.policydesigner.model.observe.ObservationReport;
import dev.policydesigner.model.observe.ObservationReport.Unmatched;
import dev.policydesigner.model.observe.ObservedPeer;
import dev.policydesigner.model.observe.Verdict;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The observation report of each Hubble fixture against the built-in examples. */
class ObservedFixturesReportTest {
  private final ObservationMatcher matcher = new ObservationMatcher();

  @Test
  void countsTheHubbleExampleTrafficOnItsEdgesAndMarksTheUnobservedOne() {
    ObservationReport report =
        matcher.match(Examples.hubble(), HubbleFixtures.flows(HubbleFixtures.HUBBLE_EXAMPLE));
    Map<String, Long> counts = new LinkedHashMap<>();
    report.matched().forEach(m -> counts.put(m.edge().flowId(), m.count()));
    assertEquals(
        Map.of(
            "gateway-to-hubble-ui", 2L,
            "hubble-ui-to-kube-dns", 1L,
            "hubble-ui-to-hubble-relay", 1L,
            "hubble-relay-to-kube-dns", 1L,
            "hubble-relay-to-cilium-agents", 2L),
        counts);
    assertEquals(
        List.of(
            "gateway-to-hubble-ui",
            "hubble-ui-to-kube-dns",
            "hubble-ui-to-hubble-relay",
            "hubble-relay-to-kube-dns",
            "hubble-relay-to-cilium-agents"),
        List.copyOf(counts.keySet()));
    assertEquals(List.of(), report.unmatched());
    assertEquals(List.of("prometheus-to-hubble-relay"), report.unobservedFlowIds());
  }

  @Test
  void groupsUnknownPodsDroppedAndAuditedTrafficToRustfs() {
    ObservationReport report =
        matcher.match(Examples.rustfs(), HubbleFixtures.flows(HubbleFixtures.RUSTFS_TRAFFIC));
    assertEquals(1, report.matchedFlow("loki-to-rustfs").orElseThrow().count());
    assertEquals(1, report.matchedFlow("gateway-to-rustfs").orElseThrow().count());
    ObservedPeer rustfs = new ObservedPeer.KnownNode("rustfs");
    assertEquals(
        List.of(
            new Unmatched(
                new ObservedPeer.NewWorkload("default", List.of(new Label("app", "curl"))),
                rustfs,
                9000,
                Protocol.TCP,
                2,
                Map.of(Verdict.DROPPED, 2L),
                List.of("storage/rustfs")),
            new Unmatched(
                new ObservedPeer.NewWorkload(
                    "ai-system", List.of(new Label("app.kubernetes.io/name", "litellm"))),
                rustfs,
                9000,
                Protocol.TCP,
                1,
                Map.of(Verdict.AUDIT, 1L),
                List.of("storage/rustfs"))),
        report.unmatched());
  }

  @Test
  void mapsReservedIdentitiesToEntitiesAndGroupsWorldTrafficByNameOrAddress() {
    ObservationReport report =
        matcher.match(Examples.hubble(), HubbleFixtures.flows(HubbleFixtures.RESERVED_AND_WORLD));
    ObservedPeer relay = new ObservedPeer.KnownNode("hubble-relay");
    ObservedPeer ui = new ObservedPeer.KnownNode("hubble-ui");
    Map<Verdict, Long> oneForwarded = Map.of(Verdict.FORWARDED, 1L);
    assertEquals(
        List.of(
            new Unmatched(
                relay,
                new ObservedPeer.NewEntity(Entity.REMOTE_NODE),
                4244,
                Protocol.TCP,
                2,
                Map.of(Verdict.DROPPED, 2L),
                List.of("kube-system/hubble-relay")),
            new Unmatched(
                new ObservedPeer.KnownNode("cilium-agents"),
                ui,
                8081,
                Protocol.TCP,
                1,
                oneForwarded,
                List.of()),
            new Unmatched(
                relay,
                new ObservedPeer.NewCidr("192.0.2.123/32"),
                123,
                Protocol.UDP,
                1,
                oneForwarded,
                List.of()),
            new Unmatched(
                relay,
                new ObservedPeer.NewEntity(Entity.KUBE_APISERVER),
                6443,
                Protocol.TCP,
                1,
                Map.of(Verdict.AUDIT, 1L),
                List.of()),
            new Unmatched(
                ui,
                new ObservedPeer.NewFqdn("api.github.com"),
                443,
                Protocol.TCP,
                1,
                oneForwarded,
                List.of()),
            new Unmatched(
                ui,
                new ObservedPeer.NewFqdn("objects.example.org"),
                443,
                Protocol.TCP,
                1,
                oneForwarded,
                List.of())),
        report.unmatched());
    assertEquals(List.of(), report.matched());
  }
}
