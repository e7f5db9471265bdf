package dev.policydesigner.export.diagram.image;

import dev.policydesigner.model.CidrNode;
import dev.policydesigner.model.Entity;
import dev.policydesigner.model.EntityNode;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.FqdnNode;
import dev.policydesigner.model.FqdnSelector;
import dev.policydesigner.model.KindHint;
import dev.policydesigner.model.Label;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.PortRange;
import dev.policydesigner.model.Position;
import dev.policydesigner.model.Protocol;
import dev.policydesigner.model.Workload;
import dev.policydesigner.model.example.Examples;
import java.util.ArrayList;
import java.util.List;

/** The Hubble example with every kind of node, a self-loop, parallel flows and long texts. */
final class EdgeCases {
  private EdgeCases() {}

  static dev.policydesigner.model.Diagram diagram() {
    var hubble = Examples.hubble();
    List<Node> nodes = new ArrayList<>(hubble.nodes());
    nodes.add(
        new CidrNode(
            "lan",
            "Office LAN",
            "10.20.0.0/16",
            List.of("10.20.5.0/24", "10.20.6.0/24"),
            new Position(40, 560)));
    nodes.add(
        new FqdnNode(
            "github",
            "GitHub API",
            List.of(
                FqdnSelector.name("api.github.com"),
                FqdnSelector.pattern("*.githubusercontent.com"),
                FqdnSelector.pattern("*.github.io"),
                FqdnSelector.name("codeload.github.com")),
            new Position(940, 420)));
    nodes.add(
        new EntityNode(
            "nodes", "All nodes", List.of(Entity.HOST, Entity.REMOTE_NODE), new Position(940, 20)));
    nodes.add(
        new Workload(
            "worker",
            "A very long workload name that needs wrapping & <escaping>",
            KindHint.APP,
            "a-rather-long-namespace-name",
            List.of(
                new Label("app", "worker"),
                new Label("tier", "backend"),
                new Label("team", "platform"),
                new Label("extra", "x")),
            List.of(),
            "worker_enabled | default(false) and not legacy_mode | default(true)",
            new Position(40, 20)));
    List<Flow> flows = new ArrayList<>(hubble.flows());
    flows.add(Flow.of("back", "hubble-relay", "hubble-ui", List.of(), "Callback"));
    flows.add(
        Flow.of(
            "again",
            "hubble-ui",
            "hubble-relay",
            List.of(new PortRange(8000, 8100, Protocol.TCP), PortRange.tcp(9090)),
            "Range"));
    flows.add(
        Flow.of("self", "hubble-relay", "hubble-relay", List.of(PortRange.tcp(4245)), "Peers"));
    flows.add(Flow.of("out", "hubble-ui", "github", List.of(PortRange.tcp(443)), "GitHub"));
    flows.add(Flow.of("in", "lan", "gateway", List.of(PortRange.tcp(443)), "Office"));
    flows.add(
        Flow.of("w", "worker", "gateway", List.of(), "Worker").withCondition("x | default(false)"));
    flows.add(
        Flow.of(
            "n", "nodes", "prometheus", List.of(new PortRange(9100, null, Protocol.ANY)), "Node"));
    return hubble.withNodes(nodes).withFlows(flows);
  }
}
