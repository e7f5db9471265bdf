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
 * all, then first seen), so that groups which talk to each other end up side by side. The Cilium
 * entities and the outside addresses follow each other, wherever the first of them goes.
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
      String partner = partnerOf(best);
      if (partner != null && left.remove(partner)) {
        result.add(groups.get(partner));
        weights
            .getOrDefault(partner, Map.of())
            .forEach((k, w) -> toPlaced.merge(k, w, Integer::sum));
      }
    }
    return result;
  }

  /** The entities and the outside addresses are placed one right after the other. */
  private static String partnerOf(String key) {
    return switch (key) {
      case "entities" -> "outside";
      case "outside" -> "entities";
      default -> null;
    };
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
