package dev.policydesigner.export.template;

import dev.policydesigner.model.Guard;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One list item of a rule list: its guard (relative to the file's guard), the comment above it, the
 * writer of its YAML and, for a CiliumNetworkPolicy rule, which rule(s) it is.
 *
 * @param ruleKeys which rules the item is, to record its lines (several when the flows of one
 *     imported rule are written as one rule again); empty when its lines are not recorded
 * @param flowIds the flows whose rules the item holds (verbatim rules anchor after them)
 */
record GuardedItem(
    Guard guard,
    String description,
    Consumer<YamlLines> body,
    List<RuleKey> ruleKeys,
    List<String> flowIds) {
  GuardedItem {
    ruleKeys = List.copyOf(ruleKeys);
    flowIds = withoutNulls(flowIds);
  }

  private static List<String> withoutNulls(List<String> ids) {
    List<String> kept = new ArrayList<>(ids.size());
    for (String id : ids) {
      if (id != null) {
        kept.add(id);
      }
    }
    return List.copyOf(kept);
  }

  /** An item whose lines are not recorded. */
  GuardedItem(Guard guard, String description, Consumer<YamlLines> body) {
    this(guard, description, body, List.of(), List.of());
  }
}
