package dev.policydesigner.model.walkthrough;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Entity;
import dev.policydesigner.model.EntityNode;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.FqdnNode;
import dev.policydesigner.model.FqdnSelector;
import dev.policydesigner.model.HttpRule;
import dev.policydesigner.model.L7Rules;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.PortRange;
import dev.policydesigner.model.Position;
import dev.policydesigner.model.Protocol;
import dev.policydesigner.model.example.Examples;
import dev.policydesigner.model.walkthrough.Walkthrough.Order;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NarrationPhrasesTest {
  @Test
  void saysHowToReadPortRangesAnyProtocolAndHttpRules() {
    Flow flow =
        new Flow(
            "ui-api",
            "hubble-ui",
            "hubble-relay",
            List.of(new PortRange(9000, 9010, Protocol.TCP), new PortRange(53, null, Protocol.ANY)),
            new L7Rules(List.of(new HttpRule("GET", "/api/.*", null)), List.of()),
            null,
            "API",
            null);

    String narration = narrationOf(withExtra(List.of(), flow), "ui-api");

    assertEquals(
        "egress rule in `hubble-ui`, ingress rule in `hubble-relay`, TCP 9000-9010 and port 53,"
            + " HTTP GET /api/.*, only when `hubble_enabled`",
        narration);
  }

  @Test
  void explainsWhyAnFqdnSourceGivesNoIngressRule() {
    Node fqdn =
        new FqdnNode(
            "api", "api.example.org", List.of(FqdnSelector.name("api.example.org")), pos());
    Flow flow = Flow.of("fqdn-in", "api", "hubble-ui", List.of(PortRange.tcp(8081)), "odd");

    assertEquals(
        "no rule: api.example.org is an FQDN and `hubble-ui` gets no ingress rule: Cilium"
            + " cannot select an FQDN as a source, TCP 8081",
        narrationOf(withExtra(List.of(fqdn), flow), "fqdn-in"));
  }

  @Test
  void namesEntityDestinationsOfGuardedFlows() {
    Node world = new EntityNode("world", "Internet", List.of(Entity.WORLD), pos());
    Flow flow =
        new Flow(
            "to-world",
            "hubble-relay",
            "world",
            List.of(PortRange.tcp(443)),
            null,
            "egress_enabled | default(false) or legacy",
            "out",
            null);

    assertEquals(
        "egress rule in `hubble-relay` (Internet is an entity: no policy), TCP 443,"
            + " only when `(egress_enabled or legacy) and hubble_enabled`",
        narrationOf(withExtra(List.of(world), flow), "to-world"));
  }

  private static Diagram withExtra(List<Node> nodes, Flow flow) {
    Diagram hubble = Examples.hubble();
    List<Node> allNodes = new ArrayList<>(hubble.nodes());
    allNodes.addAll(nodes);
    List<Flow> flows = new ArrayList<>(hubble.flows());
    flows.add(flow);
    return hubble.withNodes(allNodes).withFlows(flows);
  }

  private static String narrationOf(Diagram d, String flowId) {
    return WalkthroughTest.stepOf(Walkthrough.of(d, Order.DIAGRAM), flowId).narration();
  }

  private static Position pos() {
    return new Position(0, 0);
  }
}
