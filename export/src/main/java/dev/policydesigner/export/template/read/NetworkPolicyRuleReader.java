package dev.policydesigner.export.template.read;

import dev.policydesigner.model.Entity;
import dev.policydesigner.model.L7Rules;
import dev.policydesigner.model.Label;
import dev.policydesigner.model.PortRange;
import dev.policydesigner.model.Protocol;
import dev.policydesigner.model.derive.Direction;
import dev.policydesigner.model.derive.Peer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads one rule of a standard NetworkPolicy: {@code namespaceSelector} + {@code podSelector} in
 * one peer (pods of that namespace) or alone, {@code ipBlock} with {@code except}, an empty or
 * missing peer list (everything).
 */
final class NetworkPolicyRuleReader {
  private static final String NAMESPACE_NAME = "kubernetes.io/metadata.name";
  private final YamlTree tree;
  private final SelectorReader selectors;

  NetworkPolicyRuleReader(YamlTree tree) {
    this.tree = tree;
    this.selectors = new SelectorReader(tree);
  }

  RuleContent read(Node rule, Direction direction, String namespace) {
    String peersKey = direction == Direction.INGRESS ? "from" : "to";
    List<Map.Entry<String, Node>> entries = tree.entries(rule);
    if (entries == null) {
      return RuleContent.unsupported("the rule is not a mapping");
    }
    for (Map.Entry<String, Node> e : entries) {
      if (!e.getKey().equals(peersKey) && !e.getKey().equals("ports")) {
        return RuleContent.unsupported("the key " + e.getKey() + " is not drawn in the graph");
      }
    }
    List<Peer> peers = new ArrayList<>();
    Node peerList = tree.get(rule, peersKey);
    List<Node> items = peerList == null ? List.of() : tree.items(peerList);
    if (items == null) {
      return RuleContent.unsupported(peersKey + " is not a list");
    }
    for (Node item : items) {
      String error = peer(item, namespace, peers);
      if (error != null) {
        return RuleContent.unsupported(error);
      }
    }
    if (items.isEmpty()) {
      peers.add(new Peer.Entities(null, List.of(Entity.ALL)));
    }
    List<PortRange> ports = new ArrayList<>();
    Node portList = tree.get(rule, "ports");
    if (portList != null && !ports(portList, ports)) {
      return RuleContent.unsupported("ports the graph cannot draw");
    }
    return new RuleContent(peers, ports, L7Rules.NONE, null);
  }

  private String peer(Node item, String namespace, List<Peer> out) {
    Node ipBlock = tree.get(item, "ipBlock");
    if (ipBlock != null) {
      String cidr = tree.scalar(tree.get(ipBlock, "cidr"));
      Node exceptNode = tree.get(ipBlock, "except");
      List<String> except = exceptNode == null ? List.of() : tree.scalarList(exceptNode);
      if (cidr == null || except == null || tree.entries(item).size() != 1) {
        return "an ipBlock peer the graph cannot draw";
      }
      out.add(new Peer.Cidr(null, cidr, except));
      return null;
    }
    List<Map.Entry<String, Node>> entries = tree.entries(item);
    if (entries == null || entries.isEmpty()) {
      return "an empty peer";
    }
    Node nsNode = tree.get(item, "namespaceSelector");
    Node podNode = tree.get(item, "podSelector");
    if (entries.size() != (nsNode != null && podNode != null ? 2 : 1)) {
      return "a peer with keys other than namespaceSelector and podSelector";
    }
    Map<String, String> nsLabels = nsNode == null ? null : selectors.labels(nsNode);
    Map<String, String> pods = podNode == null ? Map.of() : selectors.labels(podNode);
    if (pods == null || (nsNode != null && nsLabels == null)) {
      return "a selector other than matchLabels";
    }
    if (nsNode != null && nsLabels.isEmpty()) {
      if (!pods.isEmpty()) {
        return "pods selected in every namespace";
      }
      out.add(new Peer.Entities(null, List.of(Entity.CLUSTER)));
      return null;
    }
    String ns = nsNode == null ? namespace : nsLabels.get(NAMESPACE_NAME);
    if (ns == null || (nsLabels != null && !nsLabels.keySet().equals(Set.of(NAMESPACE_NAME)))) {
      return "a namespaceSelector other than " + NAMESPACE_NAME;
    }
    List<Label> labels = new ArrayList<>();
    pods.forEach((k, v) -> labels.add(new Label(k, v)));
    out.add(new Peer.Endpoints(null, ns, labels));
    return null;
  }

  private boolean ports(Node node, List<PortRange> out) {
    List<Node> items = tree.items(node);
    if (items == null) {
      return false;
    }
    for (Node item : items) {
      Map<String, String> m = tree.scalarMap(item);
      if (m == null || !Set.of("port", "endPort", "protocol").containsAll(m.keySet())) {
        return false;
      }
      Integer port = PortsReader.number(m.get("port"));
      Integer end = m.containsKey("endPort") ? PortsReader.number(m.get("endPort")) : null;
      Protocol p =
          m.containsKey("protocol") ? Protocol.parse(m.get("protocol")).orElse(null) : Protocol.TCP;
      if (port == null || p == null || (m.containsKey("endPort") && end == null)) {
        return false;
      }
      out.add(new PortRange(port, end, p));
    }
    return true;
  }
}
