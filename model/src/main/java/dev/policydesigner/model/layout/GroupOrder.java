package dev.policydesigner.model.layout;

import dev.policydesigner.model.Flow;
import dev.policydesigner.model.Node;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order in which a {@link NamespaceLayout} places its boxes: the group with most flows to other
 * groups first, then always the group with most flows to those already placed (ties: more flows in
 * all, then first seen), so that groups which talk to each other end up side by side.
 */
final class GroupOrder {
  private final Map<String, NamespaceLayout.Group> groups;
  private final Map<String, Map<String, Integer>> weights = new HashMap<>();
  private final Map<String, Integer> totals = new HashMap<>();

  GroupOrder(Map<String, NamespaceLayout.Group> groups, Collection<Flow> flows) {
    this.groups = groups;
    Map<String, String> groupOf = new HashMap<>();
    groups.forEach((key, g) -> g.nodes().forEach((Node n) -> groupOf.put(n.id(), key)));
    for (Flow f : flows) {
      String a = groupOf.get(f.from());
      String b = groupOf.get(f.to());
      if (a != null && b != null && !a.equals(b)) {
        add(a, b);
        add(b, a);
      }
    }
  }

  private void add(String a, String b) {
    weights.computeIfAbsent(a, k -> new HashMap<>()).merge(b, 1, Integer::sum);
    totals.merge(a, 1, Integer::sum);
  }

  List<NamespaceLayout.Group> order() {
    Set<String> left = new LinkedHashSet<>(groups.keySet());
    Map<String, Integer> toPlaced = new HashMap<>();
    List<NamespaceLayout.Group> result = new ArrayList<>();
    while (!left.isEmpty()) {
      String best = null;
      for (String k : left) {
        if (best == null || better(k, best, toPlaced)) {
          best = k;
        }
      }
      left.remove(best);
      result.add(groups.get(best));
      weights.getOrDefault(best, Map.of()).forEach((k, w) -> toPlaced.merge(k, w, Integer::sum));
    }
    return result;
  }

  private boolean better(String k, String best, Map<String, Integer> toPlaced) {
    int a = toPlaced.getOrDefault(k, 0);
    int b = toPlaced.getOrDefault(best, 0);
    if (a != b) {
      return a > b;
    }
    return totals.getOrDefault(k, 0) > totals.getOrDefault(best, 0);
  }
}
