package dev.policydesigner.model.example;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Entity;
import dev.policydesigner.model.EntityNode;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.KindHint;
import dev.policydesigner.model.L7Rules;
import dev.policydesigner.model.Label;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.PolicyFile;
import dev.policydesigner.model.PortRange;
import dev.policydesigner.model.Position;
import dev.policydesigner.model.Settings;
import dev.policydesigner.model.Workload;
import dev.policydesigner.model.WorkloadPort;
import java.util.ArrayList;
import java.util.List;

/** Collects the nodes and flows of a built-in example in a readable way. */
final class ExampleBuilder {
  private final List<Node> nodes = new ArrayList<>();
  private final List<Flow> flows = new ArrayList<>();
  private final List<PolicyFile> files = new ArrayList<>();

  Workload workload(
      String id,
      String name,
      KindHint kind,
      String namespace,
      List<Label> labels,
      List<WorkloadPort> ports,
      String condition,
      double x,
      double y) {
    Workload w =
        new Workload(id, name, kind, namespace, labels, ports, condition, new Position(x, y));
    nodes.add(w);
    return w;
  }

  EntityNode entities(String id, String name, List<Entity> entities, double x, double y) {
    EntityNode e = new EntityNode(id, name, entities, new Position(x, y));
    nodes.add(e);
    return e;
  }

  void flow(String from, String to, List<PortRange> ports, String condition, String text) {
    flow(from, to, ports, condition, text, null);
  }

  void flow(
      String from,
      String to,
      List<PortRange> ports,
      String condition,
      String text,
      String ingressText) {
    String id = from + "-to-" + to;
    flows.add(new Flow(id, from, to, ports, L7Rules.NONE, condition, text, ingressText));
  }

  void file(PolicyFile file) {
    files.add(file);
  }

  Diagram build(String name, String description) {
    return new Diagram(name, description, nodes, flows, files, Settings.DEFAULT);
  }

  static List<Label> labels(String... keyValues) {
    List<Label> list = new ArrayList<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      list.add(new Label(keyValues[i], keyValues[i + 1]));
    }
    return list;
  }

  static List<PortRange> dnsPorts() {
    return List.of(PortRange.udp(53), PortRange.tcp(53));
  }
}
