package dev.policydesigner.export.hubble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.model.Protocol;
import dev.policydesigner.model.observe.ObservedFlow;
import dev.policydesigner.model.observe.TrafficDirection;
import dev.policydesigner.model.observe.Verdict;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HubbleFlowReaderTest {
  @Test
  void readsWrappedAndTopLevelFlowsAndSkipsRepliesL7AndEvents() {
    HubbleReadResult result = HubbleFixtures.read(HubbleFixtures.HUBBLE_EXAMPLE);
    assertEquals(List.of(), result.problems());
    // 11 lines: 7 request flows, 2 replies, 1 L7 DNS request, 1 node status event
    assertEquals(7, result.flows().size());
    assertEquals(4, result.skipped());
    assertTrue(
        result.flows().stream().allMatch(f -> f.location().contains("hubble-example.json:")));
  }

  @Test
  void readsEndpointsPortVerdictAndDirection() {
    ObservedFlow first = HubbleFixtures.flows(HubbleFixtures.HUBBLE_EXAMPLE).get(0);
    assertEquals("network", first.source().namespace());
    assertEquals(
        Map.of(
            "app.kubernetes.io/component", "proxy",
            "app.kubernetes.io/name", "envoy",
            "gateway.networking.k8s.io/gateway-name", "internal"),
        first.source().labels());
    assertEquals("10.244.0.57", first.destination().ip());
    assertEquals("hubble-ui", first.destination().labels().get("k8s-app"));
    assertEquals(8081, first.port());
    assertEquals(Protocol.TCP, first.protocol());
    assertEquals(Verdict.FORWARDED, first.verdict());
    assertEquals(TrafficDirection.EGRESS, first.direction());
    assertEquals(List.of("network/envoy-internal"), first.allowedBy());
  }

  @Test
  void readsReservedIdentitiesAndDeniedByPolicies() {
    List<ObservedFlow> flows = HubbleFixtures.flows(HubbleFixtures.RESERVED_AND_WORLD);
    ObservedFlow dropped = flows.get(0);
    assertEquals(Set.of("remote-node"), dropped.destination().reserved());
    assertEquals(Verdict.DROPPED, dropped.verdict());
    assertEquals(List.of("kube-system/hubble-relay"), dropped.deniedBy());
    assertEquals("POLICY_DENIED", dropped.dropReason());
  }

  @Test
  void namesWorldAddressesFromDestinationNamesAndFromDnsAnswers() {
    List<ObservedFlow> flows = HubbleFixtures.flows(HubbleFixtures.RESERVED_AND_WORLD);
    ObservedFlow github = flows.stream().filter(f -> f.port() == 443).findFirst().orElseThrow();
    assertEquals(List.of("api.github.com"), github.destination().names());
    ObservedFlow objects =
        flows.stream()
            .filter(f -> "203.0.113.10".equals(f.destination().ip()))
            .findFirst()
            .orElseThrow();
    assertEquals(List.of("objects.example.org"), objects.destination().names());
    assertEquals(Set.of("world-ipv4"), objects.destination().reserved());
  }

  @Test
  void reportsMalformedLinesWithFileAndLineAndKeepsReading() {
    HubbleReadResult result = HubbleFixtures.read(HubbleFixtures.RUSTFS_TRAFFIC);
    assertEquals(2, result.problems().size());
    String path = HubbleFixtures.path(HubbleFixtures.RUSTFS_TRAFFIC).toString();
    assertTrue(
        result.problems().get(0).startsWith(path + ":3: not valid JSON"), result.problems().get(0));
    assertTrue(
        result.problems().get(1).startsWith(path + ":7: flow has no \"source\""),
        result.problems().get(1));
    assertEquals(5, result.flows().size());
  }

  @Test
  void takesTheReservedIdentityFromTheNumberWhenLabelsAreMissing() throws IOException {
    String line =
        "{\"flow\":{\"verdict\":\"FORWARDED\",\"IP\":{\"source\":\"10.0.0.5\","
            + "\"destination\":\"172.18.0.2\"},\"l4\":{\"UDP\":{\"source_port\":5353,"
            + "\"destination_port\":4240}},\"source\":{\"identity\":4},"
            + "\"destination\":{\"identity\":1},\"Type\":\"L3_L4\"}}";
    HubbleReadResult result =
        new HubbleFlowReader().read(new BufferedReader(new StringReader(line)), "stdin");
    ObservedFlow flow = result.flows().get(0);
    assertEquals(Set.of("health"), flow.source().reserved());
    assertEquals(Set.of("host"), flow.destination().reserved());
    assertEquals(Protocol.UDP, flow.protocol());
  }

  @Test
  void saysWhatToDoWhenALineIsNotAnObject() throws IOException {
    HubbleReadResult result =
        new HubbleFlowReader().read(new BufferedReader(new StringReader("\n[1,2]\n")), "f.json");
    assertEquals(
        List.of("f.json:2: expected a JSON object per line as `hubble observe -o json` writes"),
        result.problems());
  }
}
