package dev.policydesigner.export.template.read;

import dev.policydesigner.model.FqdnSelector;
import dev.policydesigner.model.HttpRule;
import dev.policydesigner.model.L7Rules;
import dev.policydesigner.model.PortRange;
import dev.policydesigner.model.Protocol;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.Node;

/** Reads a Cilium {@code toPorts} list: ports and the L7 {@code dns}/{@code http} rules. */
final class PortsReader {
  private final YamlTree tree;

  PortsReader(YamlTree tree) {
    this.tree = tree;
  }

  RuleContent read(Node toPorts) {
    List<Node> items = tree.items(toPorts);
    if (items == null || items.isEmpty()) {
      return RuleContent.unsupported("toPorts is empty");
    }
    List<PortRange> ports = new ArrayList<>();
    L7Rules l7 = L7Rules.NONE;
    for (Node item : items) {
      List<Map.Entry<String, Node>> entries = tree.entries(item);
      if (entries == null) {
        return RuleContent.unsupported("a toPorts entry is not a mapping");
      }
      for (Map.Entry<String, Node> e : entries) {
        String error = null;
        if (e.getKey().equals("ports")) {
          error = ports(e.getValue(), ports);
        } else if (e.getKey().equals("rules") && l7.isEmpty()) {
          l7 = rules(e.getValue());
          error = l7 == null ? "L7 rules other than dns or http (method, path, host)" : null;
        } else {
          error = "toPorts with " + e.getKey() + " (or more than one set of L7 rules)";
        }
        if (error != null) {
          return RuleContent.unsupported(error);
        }
      }
    }
    return new RuleContent(List.of(), ports, l7, null);
  }

  private String ports(Node node, List<PortRange> out) {
    List<Node> items = tree.items(node);
    if (items == null || items.isEmpty()) {
      return "toPorts.ports is empty";
    }
    for (Node item : items) {
      Map<String, String> m = tree.scalarMap(item);
      if (m == null || !m.containsKey("port")) {
        return "a port entry without a port number";
      }
      PortRange range = port(m);
      if (range == null) {
        return "a port entry the graph cannot draw: " + m;
      }
      out.add(range);
    }
    return null;
  }

  private static PortRange port(Map<String, String> m) {
    for (String key : m.keySet()) {
      if (!key.equals("port") && !key.equals("endPort") && !key.equals("protocol")) {
        return null;
      }
    }
    Integer port = number(m.get("port"));
    Integer end = m.containsKey("endPort") ? number(m.get("endPort")) : null;
    Protocol protocol =
        m.containsKey("protocol") ? Protocol.parse(m.get("protocol")).orElse(null) : Protocol.ANY;
    if (port == null || protocol == null || (m.containsKey("endPort") && end == null)) {
      return null;
    }
    return new PortRange(port, end, protocol);
  }

  static Integer number(String text) {
    try {
      int n = Integer.parseInt(text.strip());
      return n >= 0 && n <= 65535 ? n : null;
    } catch (NumberFormatException | NullPointerException e) {
      return null;
    }
  }

  private L7Rules rules(Node node) {
    List<Map.Entry<String, Node>> entries = tree.entries(node);
    if (entries == null || entries.size() != 1) {
      return null;
    }
    Map.Entry<String, Node> e = entries.get(0);
    List<Node> items = tree.items(e.getValue());
    if (items == null) {
      return null;
    }
    if (e.getKey().equals("dns")) {
      List<FqdnSelector> dns = new ArrayList<>();
      for (Node item : items) {
        Map<String, String> m = tree.scalarMap(item);
        if (m == null || m.size() != 1) {
          return null;
        }
        String key = m.keySet().iterator().next();
        if (!key.equals("matchName") && !key.equals("matchPattern")) {
          return null;
        }
        dns.add(new FqdnSelector(key.equals("matchPattern"), m.get(key)));
      }
      return new L7Rules(List.of(), dns);
    }
    if (e.getKey().equals("http")) {
      List<HttpRule> http = new ArrayList<>();
      for (Node item : items) {
        Map<String, String> m = tree.scalarMap(item);
        if (m == null || !List.of("method", "path", "host").containsAll(m.keySet())) {
          return null;
        }
        http.add(new HttpRule(m.get("method"), m.get("path"), m.get("host")));
      }
      return new L7Rules(http, List.of());
    }
    return null;
  }
}
