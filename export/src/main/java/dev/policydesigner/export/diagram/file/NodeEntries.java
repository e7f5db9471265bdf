package dev.policydesigner.export.diagram.file;

import dev.policydesigner.model.CidrNode;
import dev.policydesigner.model.Entity;
import dev.policydesigner.model.EntityNode;
import dev.policydesigner.model.FqdnNode;
import dev.policydesigner.model.FqdnSelector;
import dev.policydesigner.model.Label;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.Workload;
import dev.policydesigner.model.WorkloadPort;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code nodes:} entries of a diagram file. */
final class NodeEntries {
  private NodeEntries() {}

  static List<Object> of(List<Node> nodes) {
    List<Object> list = new ArrayList<>();
    for (Node node : nodes) {
      list.add(entry(node));
    }
    return list;
  }

  private static Map<String, Object> entry(Node node) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("id", node.id());
    map.put("type", NodeTypes.of(node));
    map.put("name", node.name());
    if (node instanceof Workload w) {
      workload(w, map);
    } else if (node instanceof EntityNode e) {
      List<String> names = new ArrayList<>();
      for (Entity entity : e.entities()) {
        names.add(entity.yamlName());
      }
      YamlMaps.putList(map, "entities", names);
    } else if (node instanceof CidrNode c) {
      map.put("cidr", c.cidr());
      YamlMaps.putList(map, "except", c.except());
    } else if (node instanceof FqdnNode f) {
      YamlMaps.putList(map, "selectors", selectors(f.selectors()));
    }
    Map<String, Object> position = new LinkedHashMap<>();
    position.put("x", YamlMaps.coordinate(node.position().x()));
    position.put("y", YamlMaps.coordinate(node.position().y()));
    map.put("position", position);
    return map;
  }

  private static void workload(Workload w, Map<String, Object> map) {
    map.put("kind", w.kind().fileName());
    map.put("namespace", w.namespace());
    Map<String, Object> labels = new LinkedHashMap<>();
    for (Label label : w.labels()) {
      labels.put(label.key(), label.value());
    }
    if (!labels.isEmpty()) {
      map.put("labels", labels);
    }
    List<Object> ports = new ArrayList<>();
    for (WorkloadPort port : w.ports()) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("port", port.port());
      p.put("protocol", port.protocol().name());
      YamlMaps.putText(p, "name", port.name());
      YamlMaps.putNumber(p, "servicePort", port.servicePort());
      ports.add(p);
    }
    YamlMaps.putList(map, "ports", ports);
    YamlMaps.putText(map, "condition", w.condition());
  }

  /** {@code [{matchName: …}, {matchPattern: …}]}. */
  static List<Object> selectors(List<FqdnSelector> selectors) {
    List<Object> list = new ArrayList<>();
    for (FqdnSelector s : selectors) {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put(s.yamlKey(), s.value());
      list.add(map);
    }
    return list;
  }
}
