package dev.policydesigner.export.diagram.file;

import dev.policydesigner.model.Flow;
import dev.policydesigner.model.FlowSides;
import dev.policydesigner.model.FqdnSelector;
import dev.policydesigner.model.HttpRule;
import dev.policydesigner.model.L7Rules;
import dev.policydesigner.model.PortRange;
import dev.policydesigner.model.Protocol;
import dev.policydesigner.model.check.KubernetesNames;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/** Reads one entry of {@code flows:}. */
final class FlowEntryReader {
  private static final Set<String> KEYS =
      YamlMap.keys(
          "id",
          "from",
          "to",
          "ports",
          "l7",
          "condition",
          "description",
          "ingressDescription",
          "sides");
  private static final List<String> SIDES =
      Arrays.stream(FlowSides.values()).map(FlowEntries::sidesName).toList();
  private static final Set<String> PORT_KEYS = YamlMap.keys("port", "endPort", "protocol");
  private static final Set<String> HTTP_KEYS = YamlMap.keys("method", "path", "host");

  private final ReadProblems problems;
  private final Set<String> nodeIds;

  /** {@code nodeIds}: the ids of the nodes read before, which flows may name. */
  FlowEntryReader(ReadProblems problems, Set<String> nodeIds) {
    this.problems = problems;
    this.nodeIds = nodeIds;
  }

  /** The flow, or {@code null} when the entry has problems (reported). */
  Flow read(Node item) {
    String peekId = NodeEntryReader.peek(item, "id");
    String what = "flow" + (peekId == null ? "" : " \"" + peekId + "\"");
    YamlMap map = YamlMap.open(item, what, KEYS, problems);
    if (map == null) {
      return null;
    }
    String id = map.requiredText("id");
    String from = end(map, "from", what);
    String to = end(map, "to", what);
    List<PortRange> ports = ports(map, what);
    L7Rules l7 = l7(map.map("l7", YamlMap.keys("http", "dns")), what);
    String condition = Values.condition(map, "condition");
    String description = map.text("description");
    String ingress = map.text("ingressDescription");
    FlowSides sides = Values.choice(map, "sides", FlowEntryReader::sides, SIDES, FlowSides.BOTH);
    if (id == null || from == null || to == null || sides == null) {
      return null;
    }
    return new Flow(id, from, to, ports, l7, condition, description, ingress, sides);
  }

  private static Optional<FlowSides> sides(String text) {
    return Arrays.stream(FlowSides.values())
        .filter(s -> FlowEntries.sidesName(s).equals(text))
        .findFirst();
  }

  private String end(YamlMap map, String key, String what) {
    String id = map.requiredText(key);
    if (id != null && !nodeIds.contains(id)) {
      problems.error(
          map.value(key),
          "unknown-node",
          what
              + ": \""
              + key
              + "\" names node \""
              + id
              + "\", which is not in \"nodes\"; use the id of a node");
    }
    return id;
  }

  private List<PortRange> ports(YamlMap map, String what) {
    List<PortRange> ports = new ArrayList<>();
    for (Node item : map.list("ports")) {
      YamlMap p = YamlMap.open(item, "a port of " + what, PORT_KEYS, problems);
      if (p == null) {
        continue;
      }
      Integer port = Values.port(p, "port", true);
      Integer endPort = Values.port(p, "endPort", false);
      Protocol protocol =
          Values.choice(
              p, "protocol", Protocol::parse, WorkloadEntryReader.PROTOCOLS, Protocol.TCP);
      if (port != null && endPort != null) {
        KubernetesNames.portRange(port, endPort)
            .ifPresent(m -> problems.error(p.value("endPort"), "invalid-value", m));
      }
      if (port != null && protocol != null) {
        ports.add(new PortRange(port, endPort, protocol));
      }
    }
    return ports;
  }

  private L7Rules l7(YamlMap map, String what) {
    if (map == null) {
      return L7Rules.NONE;
    }
    List<HttpRule> http = new ArrayList<>();
    for (Node item : map.list("http")) {
      YamlMap rule = YamlMap.open(item, "an HTTP rule of " + what, HTTP_KEYS, problems);
      if (rule != null) {
        http.add(new HttpRule(rule.text("method"), rule.text("path"), rule.text("host")));
      }
    }
    List<FqdnSelector> dns = Values.selectors(map, "dns", what);
    return new L7Rules(http, dns);
  }
}
