package dev.policydesigner.model.edit;

import dev.policydesigner.model.CidrNode;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.EntityNode;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.FqdnNode;
import dev.policydesigner.model.FqdnSelector;
import dev.policydesigner.model.KindHint;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.PortRange;
import dev.policydesigner.model.Position;
import dev.policydesigner.model.Workload;
import dev.policydesigner.model.observe.ObservationReport.Unmatched;
import dev.policydesigner.model.observe.ObservedPeer;
import dev.policydesigner.model.observe.VerdictCounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * <em>Add as flow</em>: turns observed traffic without an edge into a flow, adding a node for each
 * end that has none (a workload, an entity node, a CIDR node or an FQDN node), in one undoable
 * step. The flow carries the observed port and protocol and the comment {@code Observed: 12 flows
 * (10 FORWARDED, 2 DROPPED)}.
 */
public final class AddObservedFlowEdit extends DiagramEdit {
  private static final double NEW_NODE_OFFSET = 180;

  private final Unmatched traffic;
  private String flowId;

  /** Adds the flow for {@code traffic}; both ends must be able to become nodes. */
  public AddObservedFlowEdit(Unmatched traffic) {
    super(
        "Add observed flow "
            + traffic.source().description()
            + " → "
            + traffic.destination().description());
    if (!traffic.source().canBecomeNode() || !traffic.destination().canBecomeNode()) {
      throw new IllegalArgumentException(
          "cannot add a flow for unidentified traffic: " + ends(traffic));
    }
    this.traffic = traffic;
  }

  /** Whether the traffic can be added as a flow (both ends are, or can become, nodes). */
  public static boolean canAdd(Unmatched traffic) {
    return traffic.source().canBecomeNode() && traffic.destination().canBecomeNode();
  }

  /** The id of the added flow, once applied. */
  public String flowId() {
    return flowId;
  }

  @Override
  protected Diagram change(Diagram diagram) {
    Diagram d = diagram;
    String from = resolve(d, traffic.source());
    d = withNode(d, traffic.source(), from, other(d, traffic.destination()), -1);
    if (traffic.destination().equals(traffic.source())) {
      return withFlow(d, from, from); // pods of one workload talking to each other
    }
    String to = resolve(d, traffic.destination());
    d = withNode(d, traffic.destination(), to, d.node(from).map(Node::position).orElse(null), 1);
    return withFlow(d, from, to);
  }

  private Diagram withFlow(Diagram d, String from, String to) {
    flowId = d.freshId(from + "-to-" + to);
    String description = "Observed: " + VerdictCounts.summary(traffic.count(), traffic.verdicts());
    PortRange port = new PortRange(traffic.port(), null, traffic.protocol());
    List<Flow> flows = new ArrayList<>(d.flows());
    flows.add(Flow.of(flowId, from, to, List.of(port), description));
    return d.withFlows(flows);
  }

  private static String resolve(Diagram d, ObservedPeer peer) {
    return peer.nodeId().orElseGet(() -> d.freshId(idHint(peer)));
  }

  private static Position other(Diagram d, ObservedPeer peer) {
    return peer.nodeId().flatMap(d::node).map(Node::position).orElse(null);
  }

  private static Diagram withNode(
      Diagram d, ObservedPeer peer, String id, Position near, int side) {
    if (peer.nodeId().isPresent()) {
      return d;
    }
    Position at = near == null ? Position.ORIGIN : near.plus(side * NEW_NODE_OFFSET, 0);
    List<Node> nodes = new ArrayList<>(d.nodes());
    nodes.add(newNode(peer, id, at));
    return d.withNodes(nodes);
  }

  private static Node newNode(ObservedPeer peer, String id, Position at) {
    if (peer instanceof ObservedPeer.NewWorkload w) {
      String name = w.labels().isEmpty() ? w.namespace() + " pods" : w.labels().get(0).value();
      return new Workload(id, name, KindHint.APP, w.namespace(), w.labels(), List.of(), null, at);
    } else if (peer instanceof ObservedPeer.NewEntity e) {
      return new EntityNode(id, e.entity().yamlName(), List.of(e.entity()), at);
    } else if (peer instanceof ObservedPeer.NewCidr c) {
      return new CidrNode(id, c.cidr(), c.cidr(), List.of(), at);
    } else if (peer instanceof ObservedPeer.NewFqdn f) {
      return new FqdnNode(id, f.name(), List.of(FqdnSelector.name(f.name())), at);
    }
    throw new IllegalArgumentException("no node for " + peer.description());
  }

  private static String idHint(ObservedPeer peer) {
    String raw;
    if (peer instanceof ObservedPeer.NewWorkload w) {
      raw = w.labels().isEmpty() ? w.namespace() + "-pods" : w.labels().get(0).value();
    } else if (peer instanceof ObservedPeer.NewEntity e) {
      raw = e.entity().yamlName();
    } else if (peer instanceof ObservedPeer.NewCidr c) {
      raw = "cidr-" + c.cidr();
    } else {
      raw = peer.description();
    }
    String id = raw.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return id.isEmpty() ? "observed" : id;
  }

  private static String ends(Unmatched traffic) {
    return traffic.source().description() + " → " + traffic.destination().description();
  }
}
