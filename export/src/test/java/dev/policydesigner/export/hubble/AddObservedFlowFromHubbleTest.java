package dev.policydesigner.export.hubble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.export.engine.DiagramSimulator;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.FqdnNode;
import dev.policydesigner.model.edit.AddObservedFlowEdit;
import dev.policydesigner.model.edit.EditHistory;
import dev.policydesigner.model.engine.Endpoint;
import dev.policydesigner.model.engine.Identity;
import dev.policydesigner.model.engine.Mode;
import dev.policydesigner.model.engine.Query;
import dev.policydesigner.model.engine.Traffic;
import dev.policydesigner.model.engine.Verdict;
import dev.policydesigner.model.example.Examples;
import dev.policydesigner.model.observe.ObservationMatcher;
import dev.policydesigner.model.observe.ObservationReport;
import dev.policydesigner.model.observe.ObservationReport.Unmatched;
import dev.policydesigner.model.observe.ObservedFlow;
import java.util.List;
import org.junit.jupiter.api.Test;

/** <em>Add as flow</em> on traffic read from Hubble fixtures: the next match counts it. */
class AddObservedFlowFromHubbleTest {
  private final ObservationMatcher matcher = new ObservationMatcher();

  @Test
  void addedFlowMatchesTheTrafficItWasMadeFromAndUndoRestoresTheDiagram() {
    List<ObservedFlow> flows = HubbleFixtures.flows(HubbleFixtures.RUSTFS_TRAFFIC);
    EditHistory history = new EditHistory(Examples.rustfs());
    Unmatched curl = matcher.match(history.current(), flows).unmatched().get(0);

    AddObservedFlowEdit edit = new AddObservedFlowEdit(curl);
    history.perform(edit);
    ObservationReport after = matcher.match(history.current(), flows);
    assertEquals(2, after.matchedFlow(edit.flowId()).orElseThrow().count());
    assertEquals(1, after.unmatched().size());
    assertEquals(
        "Observed: 2 flows (2 DROPPED)",
        history.current().flow(edit.flowId()).orElseThrow().description());

    history.undo();
    assertEquals(Examples.rustfs(), history.current());
  }

  @Test
  void everyWorldAndReservedCandidateBecomesAMatchedFlow() {
    List<ObservedFlow> flows = HubbleFixtures.flows(HubbleFixtures.RESERVED_AND_WORLD);
    Diagram d = Examples.hubble();
    for (Unmatched u : matcher.match(d, flows).unmatched()) {
      d = new AddObservedFlowEdit(u).apply(d);
    }
    ObservationReport after = matcher.match(d, flows);
    assertEquals(List.of(), after.unmatched());
    assertEquals(6, after.matched().size());
    assertTrue(d.node("api-github-com").orElseThrow() instanceof FqdnNode);
  }

  @Test
  void theAddedFlowAllowsTheObservedTrafficInEnforceMode() {
    List<ObservedFlow> flows = HubbleFixtures.flows(HubbleFixtures.RUSTFS_TRAFFIC);
    Diagram before = Examples.rustfs();
    Unmatched curl = matcher.match(before, flows).unmatched().get(0);
    Query query =
        Query.of(
                Endpoint.of(Identity.pod("default", "app", "curl")),
                Endpoint.node("rustfs"),
                Traffic.of(curl.port(), curl.protocol()))
            .withMode(Mode.ENFORCE)
            .withFlag("rustfs_enabled", true)
            .withFlag("network_policies_enabled", true);
    Verdict denied = DiagramSimulator.simulate(before, query);
    assertTrue(!denied.allowed(), "dropped before the flow exists: " + denied.explanation());

    AddObservedFlowEdit edit = new AddObservedFlowEdit(curl);
    Diagram after = edit.apply(before);
    Verdict allowed = DiagramSimulator.simulate(after, query);
    assertTrue(allowed.allowed(), allowed.explanation());
  }
}
