package dev.policydesigner.model.walkthrough;

import dev.policydesigner.model.derive.CiliumPolicy;
import dev.policydesigner.model.derive.DerivedFile;
import dev.policydesigner.model.derive.DerivedPolicy;
import dev.policydesigner.model.derive.Direction;
import dev.policydesigner.model.derive.Rule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The derived rules of every flow: egress rules (on the source) before ingress rules. */
final class RuleIndex {
  private final Map<String, List<LocatedRule>> byFlow;

  private RuleIndex(Map<String, List<LocatedRule>> byFlow) {
    this.byFlow = byFlow;
  }

  static RuleIndex of(List<DerivedFile> files) {
    Map<String, List<LocatedRule>> map = new HashMap<>();
    for (Direction direction : List.of(Direction.EGRESS, Direction.INGRESS)) {
      for (DerivedFile file : files) {
        for (DerivedPolicy policy : file.policies()) {
          add(map, file, policy.cilium(), direction);
        }
      }
    }
    return new RuleIndex(map);
  }

  private static void add(
      Map<String, List<LocatedRule>> map, DerivedFile file, CiliumPolicy policy, Direction dir) {
    for (Rule rule : policy.rules(dir)) {
      if (rule.flowId() == null) {
        continue;
      }
      RuleLocation location =
          new RuleLocation(file.file().path(), policy.subject().policyName(), dir);
      map.computeIfAbsent(rule.flowId(), k -> new ArrayList<>())
          .add(new LocatedRule(location, rule, file.file().guard()));
    }
  }

  /** The rules of the flow with this id, egress first. */
  List<LocatedRule> of(String flowId) {
    return byFlow.getOrDefault(flowId, List.of());
  }
}
