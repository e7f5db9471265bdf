package dev.policydesigner.export.diagram.file;

import dev.policydesigner.model.KindHint;
import dev.policydesigner.model.Label;
import dev.policydesigner.model.Position;
import dev.policydesigner.model.Protocol;
import dev.policydesigner.model.Workload;
import dev.policydesigner.model.WorkloadPort;
import dev.policydesigner.model.check.KubernetesNames;
import dev.policydesigner.model.check.PlaceholderValues;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/** Reads the workload-specific keys of a node entry. */
final class WorkloadEntryReader {
  static final List<String> KINDS =
      Arrays.stream(KindHint.values()).map(KindHint::fileName).toList();
  static final List<String> PROTOCOLS = Arrays.stream(Protocol.values()).map(Enum::name).toList();

  private final YamlMap map;
  private final ReadProblems problems;

  WorkloadEntryReader(YamlMap map) {
    this.map = map;
    this.problems = map.problems();
  }

  Workload read(String id, String name, Position position) {
    KindHint kind = Values.choice(map, "kind", KindHint::parse, KINDS, KindHint.APP);
    String namespace = Values.checked(map, "namespace", PlaceholderValues::namespace, true);
    List<Label> labels = labels();
    List<WorkloadPort> ports = ports();
    String condition = Values.condition(map, "condition");
    if (id == null || name == null || kind == null || namespace == null || position == null) {
      return null;
    }
    return new Workload(id, name, kind, namespace, labels, ports, condition, position);
  }

  private List<Label> labels() {
    List<Label> labels = new ArrayList<>();
    YamlMap mapping = map.map("labels", null);
    if (mapping == null) {
      return labels;
    }
    for (Map.Entry<String, NodeTuple> e : mapping.entries().entrySet()) {
      Node keyNode = e.getValue().getKeyNode();
      Node valueNode = e.getValue().getValueNode();
      KubernetesNames.labelKey(e.getKey())
          .ifPresent(m -> problems.error(keyNode, "invalid-value", m));
      String value = Scalars.text(valueNode, "label \"" + e.getKey() + "\"", problems);
      String text = value == null ? "" : value;
      PlaceholderValues.labelValue(text)
          .ifPresent(m -> problems.error(valueNode, "invalid-value", m));
      labels.add(new Label(e.getKey(), text));
    }
    return labels;
  }

  private List<WorkloadPort> ports() {
    List<WorkloadPort> ports = new ArrayList<>();
    for (Node item : map.list("ports")) {
      YamlMap p =
          YamlMap.open(
              item,
              "a port of the workload",
              YamlMap.keys("port", "protocol", "name", "servicePort"),
              problems);
      if (p == null) {
        continue;
      }
      Integer port = Values.port(p, "port", true);
      Protocol protocol = Values.choice(p, "protocol", Protocol::parse, PROTOCOLS, Protocol.TCP);
      String portName = Values.checked(p, "name", KubernetesNames::portName, false);
      Integer servicePort = Values.port(p, "servicePort", false);
      if (port != null && protocol != null) {
        ports.add(new WorkloadPort(port, protocol, portName, servicePort));
      }
    }
    return ports;
  }
}
