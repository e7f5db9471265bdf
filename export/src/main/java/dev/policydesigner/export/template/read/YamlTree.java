package dev.policydesigner.export.template.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Read access to composed SnakeYAML nodes, with placeholders restored. */
final class YamlTree {
  private final YamlDocument doc;

  YamlTree(YamlDocument doc) {
    this.doc = doc;
  }

  /** The entries of a mapping in order (keys restored), or {@code null} if it is no mapping. */
  List<Map.Entry<String, Node>> entries(Node node) {
    if (!(node instanceof MappingNode m)) {
      return null;
    }
    List<Map.Entry<String, Node>> list = new ArrayList<>();
    for (NodeTuple t : m.getValue()) {
      list.add(Map.entry(String.valueOf(scalar(t.getKeyNode())), t.getValueNode()));
    }
    return list;
  }

  /** The value of a key of a mapping (the last one when the key repeats), or {@code null}. */
  Node get(Node node, String key) {
    List<Map.Entry<String, Node>> entries = entries(node);
    Node found = null;
    if (entries != null) {
      for (Map.Entry<String, Node> e : entries) {
        if (e.getKey().equals(key)) {
          found = e.getValue();
        }
      }
    }
    return found;
  }

  /** A scalar's value with placeholders restored; {@code null} for a non-scalar or YAML null. */
  String scalar(Node node) {
    if (!(node instanceof ScalarNode s)) {
      return null;
    }
    if (s.getTag().getValue().endsWith(":null")) {
      return null;
    }
    return doc.restore(s.getValue());
  }

  /** The items of a sequence, or {@code null} if it is no sequence. */
  List<Node> items(Node node) {
    return node instanceof SequenceNode s ? s.getValue() : null;
  }

  /** A mapping of scalars to scalars in order, or {@code null} if it is anything else. */
  Map<String, String> scalarMap(Node node) {
    List<Map.Entry<String, Node>> entries = entries(node);
    if (entries == null) {
      return null;
    }
    Map<String, String> map = new LinkedHashMap<>();
    for (Map.Entry<String, Node> e : entries) {
      String v = scalar(e.getValue());
      if (v == null) {
        return null;
      }
      map.put(e.getKey(), v);
    }
    return map;
  }

  /** A sequence of scalars, or {@code null} if it is anything else. */
  List<String> scalarList(Node node) {
    List<Node> items = items(node);
    if (items == null) {
      return null;
    }
    List<String> list = new ArrayList<>();
    for (Node n : items) {
      String v = scalar(n);
      if (v == null) {
        return null;
      }
      list.add(v);
    }
    return list;
  }

  /** Whether the node is an empty mapping ({@code {}}). */
  boolean isEmptyMapping(Node node) {
    return node instanceof MappingNode m && m.getValue().isEmpty();
  }
}
