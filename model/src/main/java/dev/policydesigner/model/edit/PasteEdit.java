package dev.policydesigner.model.edit;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.DiagramFragment;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.Label;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.Position;
import dev.policydesigner.model.Workload;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds a copy of a fragment: every node and flow under a fresh id, the nodes moved by (dx, dy), the
 * copied workloads that had a policy with a policy of their own. A label whose value was the old id
 * (as the palette names new workloads) takes the new id, so the copy selects its own pods.
 */
public final class PasteEdit extends DiagramEdit {
  private final DiagramFragment fragment;
  private final double dx;
  private final double dy;
  private final List<String> pasted = new ArrayList<>();

  /** Pastes {@code fragment} moved by (dx, dy), undone as one step named {@code description}. */
  public PasteEdit(String description, DiagramFragment fragment, double dx, double dy) {
    super(description);
    this.fragment = fragment;
    this.dx = dx;
    this.dy = dy;
  }

  /** The ids of the pasted nodes and flows (known once applied). */
  public List<String> pastedIds() {
    return List.copyOf(pasted);
  }

  @Override
  protected Diagram change(Diagram diagram) {
    pasted.clear();
    Map<String, String> ids = new HashMap<>();
    Diagram d = diagram;
    for (Node n : fragment.nodes()) {
      String id = d.freshId(n.id());
      ids.put(n.id(), id);
      Node copy = relabel(n.withId(id), n.id(), id);
      Position p = n.position();
      d = new AddNodeEdit(copy.withPosition(new Position(p.x() + dx, p.y() + dy))).apply(d);
      pasted.add(id);
    }
    for (Flow f : fragment.flows()) {
      String id = d.freshId(ids.get(f.from()) + "-to-" + ids.get(f.to()));
      Flow copy =
          new Flow(
              id,
              ids.get(f.from()),
              ids.get(f.to()),
              f.ports(),
              f.l7(),
              f.condition(),
              f.description(),
              f.ingressDescription(),
              f.sides());
      d = new AddFlowEdit(copy).apply(d);
      pasted.add(id);
    }
    for (Node n : fragment.nodes()) {
      if (fragment.subjects().contains(n.id())) {
        d = SubjectEdit.add(ids.get(n.id())).apply(d);
      }
    }
    return d;
  }

  private static Node relabel(Node n, String oldId, String newId) {
    if (!(n instanceof Workload w) || oldId.equals(newId)) {
      return n;
    }
    List<Label> labels =
        w.labels().stream()
            .map(l -> l.value().equals(oldId) ? new Label(l.key(), newId) : l)
            .toList();
    return w.withLabels(labels);
  }
}
