package dev.policydesigner.export.diagram.file;

import dev.policydesigner.model.CidrNode;
import dev.policydesigner.model.Entity;
import dev.policydesigner.model.EntityNode;
import dev.policydesigner.model.FqdnNode;
import dev.policydesigner.model.FqdnSelector;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.Position;
import dev.policydesigner.model.check.PlaceholderValues;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads one entry of {@code nodes:}. */
final class NodeEntryReader {
  private static final List<String> ENTITY_NAMES =
      Arrays.stream(Entity.values()).map(Entity::yamlName).toList();

  private final ReadProblems problems;

  NodeEntryReader(ReadProblems problems) {
    this.problems = problems;
  }

  /** The node, or {@code null} when the entry has problems (reported). */
  Node read(org.yaml.snakeyaml.nodes.Node item) {
    String type = peek(item, "type");
    String what = "node" + (peek(item, "id") == null ? "" : " \"" + peek(item, "id") + "\"");
    if (!knownType(item, type, what)) {
      return null;
    }
    YamlMap map = YamlMap.open(item, what, NodeTypes.keys(type), problems);
    String id = map.requiredText("id");
    String name = map.requiredText("name");
    Position position = position(map);
    if (type.equals(NodeTypes.WORKLOAD)) {
      return new WorkloadEntryReader(map).read(id, name, position);
    }
    if (id == null || name == null || position == null) {
      return null;
    }
    if (type.equals(NodeTypes.ENTITIES)) {
      return new EntityNode(id, name, entities(map), position);
    } else if (type.equals(NodeTypes.CIDR)) {
      String cidr = Values.checked(map, "cidr", PlaceholderValues::cidr, true);
      List<String> except = Values.texts(map, "except", PlaceholderValues::cidr);
      return cidr == null ? null : new CidrNode(id, name, cidr, except, position);
    }
    List<FqdnSelector> selectors = Values.selectors(map, "selectors", what);
    return new FqdnNode(id, name, selectors, position);
  }

  /** Whether the entry is a mapping with a known {@code type}; reports it when not. */
  private boolean knownType(org.yaml.snakeyaml.nodes.Node item, String type, String what) {
    if (!(item instanceof MappingNode)) {
      YamlMap.open(item, what, null, problems);
      return false;
    }
    if (type != null && NodeTypes.ALL.contains(type)) {
      return true;
    }
    String found = type == null ? "no \"type\"" : "type \"" + type + "\"";
    problems.error(
        peekNode(item, "type"),
        type == null ? "missing-key" : "invalid-value",
        what + " has " + found + "; allowed types: " + String.join(", ", NodeTypes.ALL));
    return false;
  }

  private List<Entity> entities(YamlMap map) {
    List<Entity> entities = new ArrayList<>();
    for (org.yaml.snakeyaml.nodes.Node entry : map.list("entities")) {
      String text = Scalars.text(entry, "an entity", problems);
      Optional<Entity> entity = text == null ? Optional.empty() : Entity.parse(text);
      if (entity.isPresent()) {
        entities.add(entity.get());
      } else {
        problems.error(
            entry,
            "invalid-value",
            "unknown entity \"" + text + "\"; allowed: " + String.join(", ", ENTITY_NAMES));
      }
    }
    return entities;
  }

  private Position position(YamlMap map) {
    YamlMap xy = map.map("position", YamlMap.keys("x", "y"));
    if (xy == null) {
      return map.value("position") == null ? Position.ORIGIN : null;
    }
    Double x = xy.number("x");
    Double y = xy.number("y");
    if (xy.value("x") == null) {
      xy.missing("x");
    }
    if (xy.value("y") == null) {
      xy.missing("y");
    }
    return x == null || y == null ? null : new Position(x, y);
  }

  /** The plain text value of {@code key} in a mapping, without reporting anything. */
  static String peek(org.yaml.snakeyaml.nodes.Node node, String key) {
    return peekNode(node, key) instanceof ScalarNode v ? v.getValue() : null;
  }

  /** The value node of {@code key} in a mapping (or the node itself), reporting nothing. */
  static org.yaml.snakeyaml.nodes.Node peekNode(org.yaml.snakeyaml.nodes.Node node, String key) {
    if (node instanceof MappingNode mapping) {
      for (NodeTuple tuple : mapping.getValue()) {
        if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
          return tuple.getValueNode();
        }
      }
    }
    return node;
  }
}
