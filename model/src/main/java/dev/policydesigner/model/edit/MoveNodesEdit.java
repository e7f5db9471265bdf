package dev.policydesigner.model.edit;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Moves nodes to new positions: one drag is one edit. */
public final class MoveNodesEdit extends DiagramEdit {
  private final Map<String, Position> positions;

  /** Moves each node id to its position. */
  public MoveNodesEdit(Map<String, Position> positions) {
    super(positions.size() == 1 ? "Move node" : "Move " + positions.size() + " nodes");
    this.positions = Map.copyOf(positions);
  }

  @Override
  protected Diagram change(Diagram diagram) {
    List<Node> nodes = new ArrayList<>(diagram.nodes().size());
    for (Node n : diagram.nodes()) {
      Position p = positions.get(n.id());
      nodes.add(p == null ? n : n.withPosition(p));
    }
    return diagram.withNodes(nodes);
  }
}
