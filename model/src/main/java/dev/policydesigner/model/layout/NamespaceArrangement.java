package dev.policydesigner.model.layout;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The result of a {@link NamespaceLayout}: a position (top-left corner of the card) per node id and
 * the boxes around the groups. No two cards overlap, no two boxes overlap and every card lies
 * inside its box.
 *
 * @param positions top-left corner of each laid-out node's card, by node id
 * @param boxes the boxes, in layout order (row by row)
 */
public record NamespaceArrangement(Map<String, Position> positions, List<NamespaceBox> boxes) {
  public NamespaceArrangement {
    positions = Map.copyOf(positions);
    boxes = List.copyOf(boxes);
  }

  /** The box holding the node, if it was laid out. */
  public Optional<NamespaceBox> boxOf(String nodeId) {
    return boxes.stream().filter(b -> b.nodeIds().contains(nodeId)).findFirst();
  }

  /**
   * The diagram with every laid-out node moved to its position; other nodes stay where they are.
   */
  public Diagram applyTo(Diagram diagram) {
    List<Node> moved = new ArrayList<>(diagram.nodes().size());
    for (Node n : diagram.nodes()) {
      Position p = positions.get(n.id());
      moved.add(p == null ? n : n.withPosition(p));
    }
    return diagram.withNodes(moved);
  }
}
