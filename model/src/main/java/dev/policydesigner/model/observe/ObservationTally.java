package dev.policydesigner.model.observe;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.Protocol;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Counts observed flows per edge and per unmatched pair while the matcher runs. */
final class ObservationTally {
  private final Diagram diagram;
  private final Map<String, Count> perEdge = new HashMap<>();
  private final Map<Key, Count> perPair = new LinkedHashMap<>();

  ObservationTally(Diagram diagram) {
    this.diagram = diagram;
  }

  void matched(Flow edge, ObservedFlow flow) {
    perEdge.computeIfAbsent(edge.id(), id -> new Count()).add(flow);
  }

  void unmatched(ObservedPeer from, ObservedPeer to, ObservedFlow flow) {
    perPair
        .computeIfAbsent(new Key(from, to, flow.port(), flow.protocol()), k -> new Count())
        .add(flow);
  }

  ObservationReport report() {
    List<ObservationReport.Matched> matched = new ArrayList<>();
    List<ObservationReport.Edge> unobserved = new ArrayList<>();
    for (Flow f : diagram.flows()) {
      ObservationReport.Edge edge = new ObservationReport.Edge(f.id(), f.from(), f.to());
      Count c = perEdge.get(f.id());
      if (c == null) {
        unobserved.add(edge);
      } else {
        matched.add(new ObservationReport.Matched(edge, c.total, c.verdicts, c.policyList()));
      }
    }
    List<ObservationReport.Unmatched> unmatched = new ArrayList<>();
    perPair.forEach(
        (k, c) ->
            unmatched.add(
                new ObservationReport.Unmatched(
                    k.from, k.to, k.port, k.protocol, c.total, c.verdicts, c.policyList())));
    unmatched.sort(ORDER);
    return new ObservationReport(matched, unmatched, unobserved);
  }

  /** Most frequent first, then by ends, port and protocol: the same input gives the same order. */
  private static final Comparator<ObservationReport.Unmatched> ORDER =
      Comparator.comparingLong(ObservationReport.Unmatched::count)
          .reversed()
          .thenComparing(u -> u.source().description())
          .thenComparing(u -> u.destination().description())
          .thenComparingInt(ObservationReport.Unmatched::port)
          .thenComparing(ObservationReport.Unmatched::protocol);

  private record Key(ObservedPeer from, ObservedPeer to, int port, Protocol protocol) {}

  private static final class Count {
    long total;
    final Map<Verdict, Long> verdicts = new EnumMap<>(Verdict.class);
    final TreeSet<String> policies = new TreeSet<>();

    void add(ObservedFlow flow) {
      total++;
      verdicts.merge(flow.verdict(), 1L, Long::sum);
      if (flow.verdict().isDenial()) {
        policies.addAll(flow.deniedBy());
      }
    }

    List<String> policyList() {
      return List.copyOf(policies);
    }
  }
}
