package dev.policydesigner.export.engine;

import dev.policydesigner.export.preview.MakejinjaRenderer;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.check.PlaceholderValues;
import dev.policydesigner.model.engine.ConnectionChange;
import dev.policydesigner.model.engine.ConnectivityDiff;
import dev.policydesigner.model.engine.Identity;
import dev.policydesigner.model.engine.Mode;
import dev.policydesigner.model.engine.NodeIdentities;
import dev.policydesigner.model.engine.PolicyEngine;
import dev.policydesigner.model.engine.PortSet;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a diagram, as it would be exported into its checkout, changes against an earlier state of
 * that checkout: per mode the connections added and removed, which of the diagram's flows they
 * concern ({@code added}, {@code removed} or {@code changed} when both), and the changes between
 * two of its nodes that no flow carries (a flow deleted since, or a rule of another file).
 *
 * @param diffs per mode, the connection changes
 * @param flowMarks per flow id, {@code added}, {@code removed} or {@code changed}
 * @param unflowed changes between two nodes of the diagram without a flow between them, in both
 *     modes together
 */
public record DiagramComparison(
    Map<Mode, ConnectivityDiff> diffs, Map<String, String> flowMarks, List<NodeChange> unflowed) {
  private static final MakejinjaRenderer RENDERER = new MakejinjaRenderer();

  /**
   * Connections between two nodes that were added or removed and that no flow of the diagram
   * carries.
   *
   * @param from the source node id
   * @param to the destination node id
   * @param kind {@code added} or {@code removed}
   * @param ports the ports concerned
   */
  public record NodeChange(String from, String to, String kind, PortSet ports) {
    public NodeChange {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(ports, "ports");
    }
  }

  public DiagramComparison {
    diffs = Map.copyOf(diffs);
    flowMarks = Map.copyOf(flowMarks);
    unflowed = List.copyOf(unflowed);
  }

  /**
   * Compares {@code base} (the checkout's policy files at the earlier state) with {@code diagram}
   * written into {@code current}, both rendered with {@code values} in audit and enforce mode.
   */
  public static DiagramComparison of(
      Diagram diagram,
      CheckoutPolicies base,
      CheckoutPolicies current,
      Map<String, Object> values) {
    Map<Mode, ConnectivityDiff> diffs = new EnumMap<>(Mode.class);
    Marks marks = new Marks(diagram);
    for (Mode mode : Mode.values()) {
      Map<String, Object> v = DiagramEngine.values(diagram.settings(), mode, values);
      PolicyEngine before = new PolicyEngine(base.policies(RENDERER, v));
      PolicyEngine after = DiagramEngine.of(diagram, mode, values, current).engine();
      ConnectivityDiff diff = ConnectivityDiff.between(before, after);
      diffs.put(mode, diff);
      marks.resolve(new PlaceholderValues(v));
      marks.add(diff.added(), "added");
      marks.add(diff.removed(), "removed");
    }
    return new DiagramComparison(diffs, marks.flows, marks.unflowed());
  }

  /** Whether nothing changed in either mode. */
  public boolean isEmpty() {
    return diffs.values().stream().allMatch(ConnectivityDiff::isEmpty);
  }

  /** Where the changes fall on the diagram: on its flows, else between its nodes. */
  private static final class Marks {
    private final Map<Identity, List<String>> nodesOf = new HashMap<>();
    private final Map<List<String>, List<String>> flowsBetween = new HashMap<>();
    private final Map<String, String> flows = new LinkedHashMap<>();
    private final Map<List<String>, PortSet> between = new LinkedHashMap<>();

    private final Diagram diagram;

    Marks(Diagram diagram) {
      this.diagram = diagram;
      for (Flow f : diagram.flows()) {
        flowsBetween.computeIfAbsent(List.of(f.from(), f.to()), k -> new ArrayList<>()).add(f.id());
      }
    }

    /** Matches nodes by what their placeholders render to with these values. */
    void resolve(PlaceholderValues placeholders) {
      nodesOf.clear();
      for (Node n : diagram.nodes()) {
        for (Identity i : NodeIdentities.identities(placeholders.resolve(n))) {
          nodesOf.computeIfAbsent(i, k -> new ArrayList<>()).add(n.id());
        }
      }
    }

    void add(List<ConnectionChange> changes, String kind) {
      for (ConnectionChange c : changes) {
        for (String from : nodesOf.getOrDefault(c.from(), List.of())) {
          for (String to : nodesOf.getOrDefault(c.to(), List.of())) {
            List<String> ids = flowsBetween.getOrDefault(List.of(from, to), List.of());
            ids.forEach(id -> flows.merge(id, kind, (a, b) -> a.equals(b) ? a : "changed"));
            if (ids.isEmpty()) {
              between.merge(List.of(from, to, kind), c.ports(), PortSet::union);
            }
          }
        }
      }
    }

    List<NodeChange> unflowed() {
      List<NodeChange> result = new ArrayList<>();
      between.forEach(
          (k, ports) -> result.add(new NodeChange(k.get(0), k.get(1), k.get(2), ports)));
      return result;
    }
  }
}
