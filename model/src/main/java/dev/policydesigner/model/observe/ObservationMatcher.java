package dev.policydesigner.model.observe;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.PortRange;
import dev.policydesigner.model.Protocol;
import dev.policydesigner.model.Workload;
import dev.policydesigner.model.derive.PolicyDeriver;
import java.util.List;
import java.util.Optional;

/**
 * Matches observed flows to the edges of a diagram.
 *
 * <p>Each end of an observed flow may belong to several nodes ({@link NodeCandidates}); a flow
 * matches an edge between any of them whose ports cover the observed port and protocol (an edge
 * without ports covers all). As in the derived policies, Service ports on an edge to a workload
 * count as the container ports they forward to, and an observed Service port counts as its
 * container port. When several edges match, the one between the most specific nodes wins, then the
 * first in diagram order. Flows that match no edge are grouped by their two ends (the most specific
 * node, or the node {@link PeerProposals} proposes), port and protocol.
 */
public final class ObservationMatcher {

  /** Compares {@code flows} with {@code diagram}. */
  public ObservationReport match(Diagram diagram, List<ObservedFlow> flows) {
    ObservationTally tally = new ObservationTally(diagram);
    for (ObservedFlow flow : flows) {
      List<String> sources = NodeCandidates.of(diagram, flow.source(), false);
      List<String> destinations = NodeCandidates.of(diagram, flow.destination(), true);
      Optional<Flow> edge = bestEdge(diagram, flow, sources, destinations);
      if (edge.isPresent()) {
        tally.matched(edge.get(), flow);
      } else {
        ObservedPeer from = peer(sources, flow.source(), false);
        ObservedPeer to = peer(destinations, flow.destination(), true);
        tally.unmatched(from, to, flow);
      }
    }
    return tally.report();
  }

  /** The edge that explains the flow, if any. */
  static Optional<Flow> bestEdge(
      Diagram diagram, ObservedFlow observed, List<String> sources, List<String> destinations) {
    Flow best = null;
    long bestRank = Long.MAX_VALUE;
    for (Flow edge : diagram.flows()) {
      int s = sources.indexOf(edge.from());
      int d = destinations.indexOf(edge.to());
      if (s < 0 || d < 0) {
        continue;
      }
      long rank = (long) s * (destinations.size() + 1) + d;
      if (rank < bestRank && covers(edge, diagram.node(edge.to()), observed)) {
        best = edge;
        bestRank = rank;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Whether the edge's ports allow the observed port and protocol. */
  static boolean covers(Flow edge, Optional<Node> destination, ObservedFlow observed) {
    if (edge.ports().isEmpty()) {
      return true;
    }
    List<PortRange> ports = edge.ports();
    int port = observed.port();
    if (destination.isPresent() && destination.get() instanceof Workload w) {
      ports = PolicyDeriver.containerPorts(ports, w);
      port = containerPort(w, port);
    }
    Protocol protocol = observed.protocol();
    int p = port;
    return ports.stream().anyMatch(r -> r.covers(p, protocol));
  }

  private static int containerPort(Workload w, int port) {
    boolean listens = w.ports().stream().anyMatch(p -> p.port() == port);
    return listens ? port : w.portBehindService(port).map(p -> p.port()).orElse(port);
  }

  private static ObservedPeer peer(List<String> candidates, ObservedEndpoint e, boolean dst) {
    return candidates.isEmpty()
        ? PeerProposals.of(e, dst)
        : new ObservedPeer.KnownNode(candidates.get(0));
  }
}
