package dev.policydesigner.model.observe;

import dev.policydesigner.model.Protocol;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Observed traffic compared with the diagram: edges that carried traffic, traffic without an edge
 * (the candidates for <em>Add as flow</em>), and edges that carried none.
 *
 * @param matched edges with traffic, in diagram order
 * @param unmatched traffic without an edge, most frequent first
 * @param unobserved edges without traffic, in diagram order
 */
public record ObservationReport(
    List<Matched> matched, List<Unmatched> unmatched, List<Edge> unobserved) {

  public ObservationReport {
    matched = List.copyOf(matched);
    unmatched = List.copyOf(unmatched);
    unobserved = List.copyOf(unobserved);
  }

  /** The ids of the flows never observed. */
  public List<String> unobservedFlowIds() {
    return unobserved.stream().map(Edge::flowId).toList();
  }

  /** The traffic counted on the flow with this id, if any was. */
  public Optional<Matched> matchedFlow(String flowId) {
    return matched.stream().filter(m -> m.edge().flowId().equals(flowId)).findFirst();
  }

  /** A flow of the diagram, by id and ends. */
  public record Edge(String flowId, String from, String to) {
    public Edge {
      Objects.requireNonNull(flowId, "flowId");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
    }
  }

  /**
   * Traffic counted on an edge.
   *
   * @param edge the flow
   * @param count observed flows
   * @param verdicts count per verdict
   * @param policies policies Hubble named for DROPPED/AUDIT flows ({@code namespace/name}), sorted
   */
  public record Matched(Edge edge, long count, Map<Verdict, Long> verdicts, List<String> policies) {
    public Matched {
      Objects.requireNonNull(edge, "edge");
      verdicts = sortedCopy(verdicts);
      policies = List.copyOf(policies);
    }
  }

  /**
   * Traffic between two ends that no edge allows.
   *
   * @param source who opened the connections
   * @param destination who was contacted
   * @param port destination port
   * @param protocol protocol
   * @param count observed flows
   * @param verdicts count per verdict
   * @param policies policies Hubble named for DROPPED/AUDIT flows ({@code namespace/name}), sorted
   */
  public record Unmatched(
      ObservedPeer source,
      ObservedPeer destination,
      int port,
      Protocol protocol,
      long count,
      Map<Verdict, Long> verdicts,
      List<String> policies) {
    public Unmatched {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(destination, "destination");
      Objects.requireNonNull(protocol, "protocol");
      verdicts = sortedCopy(verdicts);
      policies = List.copyOf(policies);
    }
  }

  private static Map<Verdict, Long> sortedCopy(Map<Verdict, Long> verdicts) {
    return verdicts.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(verdicts));
  }
}
