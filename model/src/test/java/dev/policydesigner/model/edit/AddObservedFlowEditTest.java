package dev.policydesigner.model.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.policydesigner.model.CidrNode;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Entity;
import dev.policydesigner.model.EntityNode;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.FqdnNode;
import dev.policydesigner.model.FqdnSelector;
import dev.policydesigner.model.Label;
import dev.policydesigner.model.PortRange;
import dev.policydesigner.model.Protocol;
import dev.policydesigner.model.Workload;
import dev.policydesigner.model.example.Examples;
import dev.policydesigner.model.observe.ObservationReport.Unmatched;
import dev.policydesigner.model.observe.ObservedPeer;
import dev.policydesigner.model.observe.Verdict;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AddObservedFlowEditTest {
  private static final ObservedPeer RUSTFS = new ObservedPeer.KnownNode("rustfs");

  @Test
  void addsAWorkloadForTheUnknownPodsAndTheFlowWithTheObservedPort() {
    ObservedPeer curl = new ObservedPeer.NewWorkload("default", List.of(new Label("app", "curl")));
    Unmatched traffic =
        unmatched(curl, RUSTFS, 9000, Map.of(Verdict.FORWARDED, 10L, Verdict.DROPPED, 2L));
    EditHistory history = new EditHistory(Examples.rustfs());
    AddObservedFlowEdit edit = new AddObservedFlowEdit(traffic);
    history.perform(edit);

    Diagram d = history.current();
    Workload added = d.workload("curl").orElseThrow();
    assertEquals("default", added.namespace());
    assertEquals(List.of(new Label("app", "curl")), added.labels());
    Flow flow = d.flow(edit.flowId()).orElseThrow();
    assertEquals("curl", flow.from());
    assertEquals("rustfs", flow.to());
    assertEquals(List.of(PortRange.tcp(9000)), flow.ports());
    assertEquals("Observed: 12 flows (10 FORWARDED, 2 DROPPED)", flow.description());

    history.undo();
    assertEquals(Examples.rustfs(), history.current());
  }

  @Test
  void addsOnlyTheFlowWhenBothEndsAreNodes() {
    Unmatched traffic =
        unmatched(
            new ObservedPeer.KnownNode("cilium-agents"),
            new ObservedPeer.KnownNode("hubble-ui"),
            8081,
            Map.of(Verdict.FORWARDED, 1L));
    Diagram before = Examples.hubble();
    Diagram after = new AddObservedFlowEdit(traffic).apply(before);
    assertEquals(before.nodes(), after.nodes());
    assertEquals(before.flows().size() + 1, after.flows().size());
    assertEquals(
        "Observed: 1 flow (1 FORWARDED)",
        after.flows().get(after.flows().size() - 1).description());
  }

  @Test
  void addsEntityCidrAndFqdnNodesForReservedAndWorldEnds() {
    ObservedPeer relay = new ObservedPeer.KnownNode("hubble-relay");
    Diagram d = Examples.hubble();
    d =
        new AddObservedFlowEdit(
                unmatched(relay, new ObservedPeer.NewEntity(Entity.REMOTE_NODE), 4244, Map.of()))
            .apply(d);
    d =
        new AddObservedFlowEdit(
                unmatched(relay, new ObservedPeer.NewCidr("192.0.2.123/32"), 123, Map.of()))
            .apply(d);
    d =
        new AddObservedFlowEdit(
                unmatched(relay, new ObservedPeer.NewFqdn("api.github.com"), 443, Map.of()))
            .apply(d);
    assertEquals(
        List.of(Entity.REMOTE_NODE), ((EntityNode) d.node("remote-node").orElseThrow()).entities());
    assertEquals("192.0.2.123/32", ((CidrNode) d.node("cidr-192-0-2-123-32").orElseThrow()).cidr());
    assertEquals(
        List.of(FqdnSelector.name("api.github.com")),
        ((FqdnNode) d.node("api-github-com").orElseThrow()).selectors());
  }

  @Test
  void selectsTheWholeNamespaceWhenThePodsHaveNoApplicationLabel() {
    ObservedPeer pods = new ObservedPeer.NewWorkload("default", List.of());
    Diagram d =
        new AddObservedFlowEdit(unmatched(pods, RUSTFS, 9000, Map.of())).apply(Examples.rustfs());
    Workload w = d.workload("default-pods").orElseThrow();
    assertEquals(List.of(), w.labels());
    assertEquals("default", w.namespace());
  }

  @Test
  void refusesTrafficWithAnUnidentifiedEnd() {
    Unmatched traffic =
        unmatched(new ObservedPeer.Unidentified("unidentified 10.1.1.1"), RUSTFS, 9000, Map.of());
    assertFalse(AddObservedFlowEdit.canAdd(traffic));
    assertThrows(IllegalArgumentException.class, () -> new AddObservedFlowEdit(traffic));
  }

  private static Unmatched unmatched(
      ObservedPeer from, ObservedPeer to, int port, Map<Verdict, Long> verdicts) {
    long count = verdicts.values().stream().mapToLong(Long::longValue).sum();
    return new Unmatched(from, to, port, Protocol.TCP, count, verdicts, List.of());
  }
}
