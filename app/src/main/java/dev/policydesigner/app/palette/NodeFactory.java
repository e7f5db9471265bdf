package dev.policydesigner.app.palette;

import dev.policydesigner.model.CidrNode;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Entity;
import dev.policydesigner.model.EntityNode;
import dev.policydesigner.model.FqdnNode;
import dev.policydesigner.model.FqdnSelector;
import dev.policydesigner.model.KindHint;
import dev.policydesigner.model.Label;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.Position;
import dev.policydesigner.model.Workload;
import dev.policydesigner.model.edit.AddNodeEdit;
import dev.policydesigner.model.edit.CompoundEdit;
import dev.policydesigner.model.edit.Edit;
import dev.policydesigner.model.edit.SubjectEdit;
import java.util.List;

/**
 * New nodes from the palette, with fresh ids. A new workload gets a policy right away: drawing a
 * workload in a policy designer means wanting its policy.
 */
public final class NodeFactory {
  private NodeFactory() {}

  /** The node a palette entry adds at {@code position}. */
  public static Node create(String key, Diagram diagram, Position position) {
    if ("entity".equals(key)) {
      return new EntityNode(diagram.freshId("world"), "World", List.of(Entity.WORLD), position);
    }
    if ("cidr".equals(key)) {
      return new CidrNode(diagram.freshId("cidr"), "Network", "192.0.2.0/24", List.of(), position);
    }
    if ("fqdn".equals(key)) {
      List<FqdnSelector> names = List.of(FqdnSelector.name("example.com"));
      return new FqdnNode(diagram.freshId("fqdn"), "External service", names, position);
    }
    KindHint kind = KindHint.parse(key).orElse(KindHint.APP);
    String id = diagram.freshId(kind.fileName());
    return new Workload(
        id,
        displayName(kind, id),
        kind,
        "default",
        List.of(new Label("app.kubernetes.io/name", id)),
        List.of(),
        null,
        position);
  }

  /** "App", then "App 2", "App 3" … following the id. */
  private static String displayName(KindHint kind, String id) {
    String label =
        PaletteEntry.ALL.stream()
            .filter(e -> e.key().equals(kind.fileName()))
            .findFirst()
            .map(PaletteEntry::label)
            .orElse("App");
    String suffix = id.substring(kind.fileName().length()).replace('-', ' ');
    return label + suffix;
  }

  /** The edit that adds the node (and, for a workload, its policy). */
  public static Edit addEdit(Node node) {
    AddNodeEdit add = new AddNodeEdit(node);
    if (node instanceof Workload) {
      return new CompoundEdit(add.description(), List.of(add, SubjectEdit.add(node.id())));
    }
    return add;
  }
}
