package dev.policydesigner.export.template.read;

import dev.policydesigner.model.Entity;
import dev.policydesigner.model.FqdnSelector;
import dev.policydesigner.model.L7Rules;
import dev.policydesigner.model.Label;
import dev.policydesigner.model.PeerForm;
import dev.policydesigner.model.derive.Direction;
import dev.policydesigner.model.derive.Peer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads one rule of a CiliumNetworkPolicy into peers, ports and L7 rules. */
final class CiliumRuleReader {
  private final YamlTree tree;
  private final SelectorReader selectors;
  private final PortsReader ports;

  CiliumRuleReader(YamlTree tree) {
    this.tree = tree;
    this.selectors = new SelectorReader(tree);
    this.ports = new PortsReader(tree);
  }

  /** The rule's content; {@code namespace} is the policy's ({@code null} when clusterwide). */
  RuleContent read(Node rule, Direction direction, String namespace) {
    List<Map.Entry<String, Node>> entries = tree.entries(rule);
    if (entries == null) {
      return RuleContent.unsupported("the rule is not a mapping");
    }
    String prefix = direction == Direction.INGRESS ? "from" : "to";
    List<Peer> peers = new ArrayList<>();
    List<PeerForm> forms = new ArrayList<>();
    RuleContent portPart = new RuleContent(List.of(), List.of(), L7Rules.NONE, null);
    for (Map.Entry<String, Node> e : entries) {
      String key = e.getKey();
      String error;
      if (key.equals("toPorts")) {
        portPart = ports.read(e.getValue());
        error = portPart.unsupported();
      } else if (key.startsWith(prefix)) {
        error = readPeers(key.substring(prefix.length()), e.getValue(), namespace, peers);
        if (error == null) {
          formsOf(key, e.getValue(), peers.size(), forms);
        }
      } else {
        error = "the key " + key + " is not drawn in the graph";
      }
      if (error != null) {
        return RuleContent.unsupported(error);
      }
    }
    if (peers.isEmpty()) {
      return RuleContent.unsupported("the rule names no peer the graph can draw");
    }
    return new RuleContent(peers, portPart.ports(), portPart.l7(), null, forms);
  }

  /**
   * Adds how the peers read from one key were written: endpoint selectors without namespace or with
   * {@code In} expressions, plain CIDRs; the other peers in the writer's own form.
   */
  private void formsOf(String key, Node value, int peerCount, List<PeerForm> forms) {
    if (key.endsWith("Endpoints")) {
      for (Node item : tree.items(value)) {
        Map<String, String> labels = selectors.labels(item);
        boolean implicit = SelectorReader.namespaceOf(labels) == null;
        forms.add(new PeerForm(null, implicit, selectors.expressionKeys(item), false, false));
      }
    }
    boolean plain = key.endsWith("CIDR");
    boolean plainNames = key.equals("toFQDNs") && somePlainValue(value);
    while (forms.size() < peerCount) {
      forms.add(new PeerForm(null, false, List.of(), plain, plainNames));
    }
  }

  /** Whether some entry of the {@code toFQDNs} list has its name as a plain (unquoted) scalar. */
  private static boolean somePlainValue(Node list) {
    if (!(list instanceof SequenceNode items)) {
      return false;
    }
    for (Node item : items.getValue()) {
      if (item instanceof MappingNode entry) {
        for (NodeTuple t : entry.getValue()) {
          if (t.getValueNode() instanceof ScalarNode s
              && s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private String readPeers(String kind, Node value, String namespace, List<Peer> out) {
    return switch (kind) {
      case "Endpoints" -> endpoints(value, namespace, out);
      case "Entities" -> entities(value, out);
      case "CIDR" -> cidrs(value, out);
      case "CIDRSet" -> cidrSet(value, out);
      case "FQDNs" -> fqdns(value, out);
      default -> "the peer kind " + kind + " is not drawn in the graph";
    };
  }

  private String endpoints(Node value, String namespace, List<Peer> out) {
    List<Node> items = tree.items(value);
    if (items == null || items.isEmpty()) {
      return "endpoint selectors must be a non-empty list";
    }
    for (Node item : items) {
      Map<String, String> labels = selectors.labels(item);
      if (labels == null) {
        return "an endpoint selector uses more than matchLabels and single-value In expressions";
      }
      String ns = SelectorReader.namespaceOf(labels);
      if (ns == null) {
        ns = namespace;
      }
      if (ns == null) {
        return "a clusterwide endpoint selector without a namespace label";
      }
      List<Label> rest = new ArrayList<>();
      labels.forEach(
          (k, v) -> {
            if (!SelectorReader.NAMESPACE_KEYS.contains(k)) {
              rest.add(new Label(k, v));
            }
          });
      out.add(new Peer.Endpoints(null, ns, rest));
    }
    return null;
  }

  private String entities(Node value, List<Peer> out) {
    List<String> names = tree.scalarList(value);
    if (names == null || names.isEmpty()) {
      return "entities must be a non-empty list of names";
    }
    List<Entity> entities = new ArrayList<>();
    for (String n : names) {
      Entity e = Entity.parse(n).orElse(null);
      if (e == null) {
        return "unknown entity " + n;
      }
      entities.add(e);
    }
    out.add(new Peer.Entities(null, entities));
    return null;
  }

  private String cidrs(Node value, List<Peer> out) {
    List<String> list = tree.scalarList(value);
    if (list == null || list.isEmpty()) {
      return "toCIDR must be a non-empty list";
    }
    list.forEach(c -> out.add(new Peer.Cidr(null, c, List.of())));
    return null;
  }

  private String cidrSet(Node value, List<Peer> out) {
    List<Node> items = tree.items(value);
    if (items == null || items.isEmpty()) {
      return "CIDRSet must be a non-empty list";
    }
    for (Node item : items) {
      List<Map.Entry<String, Node>> entries = tree.entries(item);
      String cidr = tree.scalar(tree.get(item, "cidr"));
      Node exceptNode = tree.get(item, "except");
      List<String> except = exceptNode == null ? List.of() : tree.scalarList(exceptNode);
      if (cidr == null || except == null || entries.size() != (exceptNode == null ? 1 : 2)) {
        return "a CIDRSet entry with more than cidr and except";
      }
      out.add(new Peer.Cidr(null, cidr, except));
    }
    return null;
  }

  private String fqdns(Node value, List<Peer> out) {
    List<Node> items = tree.items(value);
    if (items == null || items.isEmpty()) {
      return "toFQDNs must be a non-empty list";
    }
    List<FqdnSelector> list = new ArrayList<>();
    for (Node item : items) {
      Map<String, String> m = tree.scalarMap(item);
      if (m == null || m.size() != 1) {
        return "a toFQDNs entry with more than one matchName or matchPattern";
      }
      Map.Entry<String, String> e = m.entrySet().iterator().next();
      if (!e.getKey().equals("matchName") && !e.getKey().equals("matchPattern")) {
        return "a toFQDNs entry with " + e.getKey();
      }
      list.add(new FqdnSelector(e.getKey().equals("matchPattern"), e.getValue()));
    }
    out.add(new Peer.Fqdns(null, list));
    return null;
  }
}
