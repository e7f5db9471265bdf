package dev.policydesigner.app.canvas;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The nodes within a number of hops of some nodes, following flows either way, and the flows
 * between them: what a focus shows.
 *
 * @param nodeIds the nodes reached, the starting ones included
 * @param flowIds the flows whose both ends were reached
 */
public record Neighbourhood(Set<String> nodeIds, Set<String> flowIds) {
  public Neighbourhood {
    nodeIds = Set.copyOf(nodeIds);
    flowIds = Set.copyOf(flowIds);
  }

  /** The neighbourhood of the nodes among {@code startIds} ({@code hops} ≥ 0). */
  public static Neighbourhood of(Diagram diagram, Collection<String> startIds, int hops) {
    Map<String, Integer> distance = new HashMap<>();
    Deque<String> queue = new ArrayDeque<>();
    for (String id : startIds) {
      if (diagram.node(id).isPresent() && distance.putIfAbsent(id, 0) == null) {
        queue.add(id);
      }
    }
    while (!queue.isEmpty()) {
      String id = queue.poll();
      int d = distance.get(id);
      if (d >= hops) {
        continue;
      }
      for (Flow f : diagram.flowsTouching(id)) {
        String other = f.from().equals(id) ? f.to() : f.from();
        if (distance.putIfAbsent(other, d + 1) == null) {
          queue.add(other);
        }
      }
    }
    Set<String> flows = new LinkedHashSet<>();
    for (Flow f : diagram.flows()) {
      if (distance.containsKey(f.from()) && distance.containsKey(f.to())) {
        flows.add(f.id());
      }
    }
    return new Neighbourhood(distance.keySet(), flows);
  }

  /** Whether the node or flow with this id belongs to the neighbourhood. */
  public boolean contains(String id) {
    return nodeIds.contains(id) || flowIds.contains(id);
  }
}
