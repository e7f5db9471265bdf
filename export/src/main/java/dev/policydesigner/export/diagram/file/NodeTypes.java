package dev.policydesigner.export.diagram.file;

import dev.policydesigner.model.CidrNode;
import dev.policydesigner.model.EntityNode;
import dev.policydesigner.model.FqdnNode;
import dev.policydesigner.model.Node;
import java.util.List;
import java.util.Set;

/** The {@code type:} of a node entry and the keys each type allows. */
final class NodeTypes {
  static final String WORKLOAD = "workload";
  static final String ENTITIES = "entities";
  static final String CIDR = "cidr";
  static final String FQDN = "fqdn";
  static final List<String> ALL = List.of(WORKLOAD, ENTITIES, CIDR, FQDN);

  private NodeTypes() {}

  static String of(Node node) {
    if (node instanceof EntityNode) {
      return ENTITIES;
    } else if (node instanceof CidrNode) {
      return CIDR;
    } else if (node instanceof FqdnNode) {
      return FQDN;
    }
    return WORKLOAD;
  }

  /** The keys allowed in a node entry of this type, in file order. */
  static Set<String> keys(String type) {
    switch (type) {
      case ENTITIES:
        return YamlMap.keys("id", "type", "name", "entities", "position");
      case CIDR:
        return YamlMap.keys("id", "type", "name", "cidr", "except", "position");
      case FQDN:
        return YamlMap.keys("id", "type", "name", "selectors", "position");
      default:
        return YamlMap.keys(
            "id", "type", "name", "kind", "namespace", "labels", "ports", "condition", "position");
    }
  }
}
