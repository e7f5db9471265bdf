package dev.policydesigner.app.simulate;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Node;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The two selected nodes as a source and a destination: the direction of a flow between them, else
 * left to right as drawn.
 */
public record EndpointPair(String from, String to) {
  /** The pair, when exactly two nodes are among {@code selectedIds}. */
  public static Optional<EndpointPair> of(Diagram diagram, Collection<String> selectedIds) {
    List<Node> nodes = selectedIds.stream().map(diagram::node).flatMap(Optional::stream).toList();
    if (nodes.size() != 2) {
      return Optional.empty();
    }
    Node a = nodes.get(0);
    Node b = nodes.get(1);
    boolean ab = hasFlow(diagram, a, b);
    boolean ba = hasFlow(diagram, b, a);
    if (ab != ba) {
      return Optional.of(ab ? pair(a, b) : pair(b, a));
    }
    return Optional.of(a.position().x() <= b.position().x() ? pair(a, b) : pair(b, a));
  }

  private static boolean hasFlow(Diagram d, Node from, Node to) {
    return d.flows().stream().anyMatch(f -> f.from().equals(from.id()) && f.to().equals(to.id()));
  }

  private static EndpointPair pair(Node from, Node to) {
    return new EndpointPair(from.id(), to.id());
  }
}
