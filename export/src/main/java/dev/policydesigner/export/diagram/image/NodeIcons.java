package dev.policydesigner.export.diagram.image;

import dev.policydesigner.icons.Icon;
import dev.policydesigner.model.CidrNode;
import dev.policydesigner.model.Entity;
import dev.policydesigner.model.EntityNode;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.Workload;

/** The icon and accent colour of a node's card. */
public final class NodeIcons {
  private NodeIcons() {}

  /**
   * The icon of {@code node}: by kind hint for workloads, by entity names for entity nodes, {@link
   * Icon#CIDR} and {@link Icon#FQDN} for the peers outside the cluster.
   */
  public static Icon of(Node node) {
    if (node instanceof Workload w) {
      return Icon.forKind(w.kind().fileName());
    }
    if (node instanceof EntityNode e) {
      return Icon.forEntities(e.entities().stream().map(Entity::yamlName).toList());
    }
    return node instanceof CidrNode ? Icon.CIDR : Icon.FQDN;
  }

  /**
   * The accent colour as {@code #rrggbb}, the same as the icon set's: blue for workloads, purple
   * for Cilium entities, teal for peers outside the cluster.
   */
  public static String accent(Node node) {
    if (node instanceof Workload) {
      return "#2563eb";
    }
    return node instanceof EntityNode ? "#7c3aed" : "#0d9488";
  }
}
