package dev.policydesigner.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * A part of a diagram copied to be pasted elsewhere: nodes, the flows among them, and which of the
 * workloads had a policy.
 *
 * @param nodes the copied nodes, in diagram order
 * @param flows the flows whose both ends were copied, in rule order
 * @param subjects ids of the copied workloads that had a policy
 */
public record DiagramFragment(List<Node> nodes, List<Flow> flows, Set<String> subjects) {
  public DiagramFragment {
    nodes = List.copyOf(nodes);
    flows = List.copyOf(flows);
    subjects = Set.copyOf(subjects);
  }

  /** The selected nodes of {@code diagram} and every flow between two of them. */
  public static DiagramFragment of(Diagram diagram, Collection<String> selected) {
    Set<String> ids = Set.copyOf(selected);
    List<Node> nodes = new ArrayList<>();
    List<String> subjects = new ArrayList<>();
    for (Node n : diagram.nodes()) {
      if (ids.contains(n.id())) {
        nodes.add(n);
        if (diagram.isSubject(n.id())) {
          subjects.add(n.id());
        }
      }
    }
    List<Flow> flows =
        diagram.flows().stream()
            .filter(f -> ids.contains(f.from()) && ids.contains(f.to()))
            .toList();
    return new DiagramFragment(nodes, flows, Set.copyOf(subjects));
  }

  /** Whether nothing was copied. */
  public boolean isEmpty() {
    return nodes.isEmpty();
  }

  /** The top left corner of the copied nodes. */
  public Position topLeft() {
    double x = nodes.stream().mapToDouble(n -> n.position().x()).min().orElse(0);
    double y = nodes.stream().mapToDouble(n -> n.position().y()).min().orElse(0);
    return new Position(x, y);
  }
}
