package dev.policydesigner.export.engine;

import dev.policydesigner.export.preview.MakejinjaRenderer;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.check.PlaceholderValues;
import dev.policydesigner.model.engine.ConnectionChange;
import dev.policydesigner.model.engine.ConnectivityDiff;
import dev.policydesigner.model.engine.Identity;
import dev.policydesigner.model.engine.Mode;
import dev.policydesigner.model.engine.NodeIdentities;
import dev.policydesigner.model.engine.PolicyEngine;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a diagram, as it would be exported into its checkout, changes against an earlier state of
 * that checkout: per mode the connections added and removed, and which of the diagram's flows they
 * concern ({@code added}, {@code removed} or {@code changed} when both).
 *
 * @param diffs per mode, the connection changes
 * @param flowMarks per flow id, {@code added}, {@code removed} or {@code changed}
 */
public record DiagramComparison(Map<Mode, ConnectivityDiff> diffs, Map<String, String> flowMarks) {
  private static final MakejinjaRenderer RENDERER = new MakejinjaRenderer();

  public DiagramComparison {
    diffs = Map.copyOf(diffs);
    flowMarks = Map.copyOf(flowMarks);
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
    Map<String, String> marks = new LinkedHashMap<>();
    for (Mode mode : Mode.values()) {
      Map<String, Object> v = DiagramEngine.values(diagram.settings(), mode, values);
      PolicyEngine before = new PolicyEngine(base.policies(RENDERER, v));
      PolicyEngine after = DiagramEngine.of(diagram, mode, values, current).engine();
      ConnectivityDiff diff = ConnectivityDiff.between(before, after);
      diffs.put(mode, diff);
      PlaceholderValues placeholders = new PlaceholderValues(v);
      mark(diagram, placeholders, diff.added(), "added", marks);
      mark(diagram, placeholders, diff.removed(), "removed", marks);
    }
    return new DiagramComparison(diffs, marks);
  }

  /** Whether nothing changed in either mode. */
  public boolean isEmpty() {
    return diffs.values().stream().allMatch(ConnectivityDiff::isEmpty);
  }

  /** Marks the flows between identities that changed; placeholders count as what they render to. */
  private static void mark(
      Diagram diagram,
      PlaceholderValues placeholders,
      List<ConnectionChange> changes,
      String kind,
      Map<String, String> marks) {
    Map<String, List<Identity>> ends = new HashMap<>();
    for (Flow f : diagram.flows()) {
      List<Identity> from =
          ends.computeIfAbsent(f.from(), id -> identities(diagram, id, placeholders));
      List<Identity> to = ends.computeIfAbsent(f.to(), id -> identities(diagram, id, placeholders));
      for (ConnectionChange c : changes) {
        if (from.contains(c.from()) && to.contains(c.to())) {
          marks.merge(f.id(), kind, (a, b) -> a.equals(b) ? a : "changed");
        }
      }
    }
  }

  private static List<Identity> identities(
      Diagram diagram, String nodeId, PlaceholderValues placeholders) {
    return diagram
        .node(nodeId)
        .map(placeholders::resolve)
        .map(NodeIdentities::identities)
        .orElse(List.of());
  }
}
