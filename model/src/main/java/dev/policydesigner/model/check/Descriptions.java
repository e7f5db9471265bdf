package dev.policydesigner.model.check;

import dev.policydesigner.model.CidrNode;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.EntityNode;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.FqdnNode;
import dev.policydesigner.model.Node;

/** How problems name the things they are about. */
final class Descriptions {
  private Descriptions() {}

  /** {@code workload "hubble-ui" (Hubble UI)}. */
  static String node(Node node) {
    return kind(node) + " " + KubernetesNames.quote(node.id()) + " (" + node.name() + ")";
  }

  /** {@code flow "a-to-b" (Envoy Gateway → Hubble UI)}. */
  static String flow(Flow flow, Diagram diagram) {
    return "flow "
        + KubernetesNames.quote(flow.id())
        + " ("
        + endName(flow.from(), diagram)
        + " → "
        + endName(flow.to(), diagram)
        + ")";
  }

  private static String endName(String id, Diagram diagram) {
    return diagram.node(id).map(Node::name).orElse(id);
  }

  private static String kind(Node node) {
    if (node instanceof EntityNode) {
      return "entities node";
    } else if (node instanceof CidrNode) {
      return "CIDR node";
    } else if (node instanceof FqdnNode) {
      return "FQDN node";
    }
    return "workload";
  }
}
