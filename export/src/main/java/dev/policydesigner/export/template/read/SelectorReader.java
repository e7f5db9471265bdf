package dev.policydesigner.export.template.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a label selector ({@code matchLabels} and {@code matchExpressions} with operator {@code In}
 * and one value) as ordered labels; anything else cannot be drawn as a workload.
 */
final class SelectorReader {
  /** The label keys that name the namespace in a Cilium endpoint selector. */
  static final Set<String> NAMESPACE_KEYS =
      Set.of("io.kubernetes.pod.namespace", "k8s:io.kubernetes.pod.namespace");

  private final YamlTree tree;

  SelectorReader(YamlTree tree) {
    this.tree = tree;
  }

  /** The selector's labels in order, or {@code null} if it uses something else. */
  Map<String, String> labels(Node selector) {
    List<Map.Entry<String, Node>> entries = tree.entries(selector);
    if (entries == null) {
      return null;
    }
    Map<String, String> labels = new LinkedHashMap<>();
    for (Map.Entry<String, Node> e : entries) {
      if (e.getKey().equals("matchLabels")) {
        Map<String, String> m = tree.scalarMap(e.getValue());
        if (m == null) {
          return null;
        }
        labels.putAll(m);
      } else if (e.getKey().equals("matchExpressions")) {
        if (!addExpressions(e.getValue(), labels)) {
          return null;
        }
      } else {
        return null;
      }
    }
    return labels;
  }

  private boolean addExpressions(Node node, Map<String, String> labels) {
    List<Node> items = tree.items(node);
    if (items == null) {
      return false;
    }
    for (Node item : items) {
      Map<String, Node> fields = new LinkedHashMap<>();
      List<Map.Entry<String, Node>> entries = tree.entries(item);
      if (entries == null) {
        return false;
      }
      entries.forEach(x -> fields.put(x.getKey(), x.getValue()));
      String key = tree.scalar(fields.get("key"));
      String operator = tree.scalar(fields.get("operator"));
      List<String> values = tree.scalarList(fields.get("values"));
      if (fields.size() != 3 || key == null || !"In".equals(operator)) {
        return false;
      }
      if (values == null || values.size() != 1) {
        return false;
      }
      labels.put(key, values.get(0));
    }
    return true;
  }

  /**
   * The keys of the selector's match expressions, in order: the labels {@link #labels} read from
   * single-value {@code In} expressions rather than from {@code matchLabels}.
   */
  List<String> expressionKeys(Node selector) {
    List<String> keys = new ArrayList<>();
    List<Node> items = tree.items(tree.get(selector, "matchExpressions"));
    if (items != null) {
      for (Node item : items) {
        String key = tree.scalar(tree.get(item, "key"));
        if (key != null) {
          keys.add(key);
        }
      }
    }
    return keys;
  }

  /** The namespace label's value, if the labels have one. */
  static String namespaceOf(Map<String, String> labels) {
    for (String key : NAMESPACE_KEYS) {
      if (labels.containsKey(key)) {
        return labels.get(key);
      }
    }
    return null;
  }
}
