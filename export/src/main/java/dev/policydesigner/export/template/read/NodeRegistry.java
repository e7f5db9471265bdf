package dev.policydesigner.export.template.read;

import dev.policydesigner.model.CidrNode;
import dev.policydesigner.model.Entity;
import dev.policydesigner.model.EntityNode;
import dev.policydesigner.model.FqdnNode;
import dev.policydesigner.model.FqdnSelector;
import dev.policydesigner.model.KindHint;
import dev.policydesigner.model.Label;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.Position;
import dev.policydesigner.model.Workload;
import dev.policydesigner.model.derive.Peer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The nodes found while importing, indexed so that the same workload (namespace + labels, in any
 * label order), entity set, CIDR or FQDN list becomes one node across all files.
 */
final class NodeRegistry {
  /** Labels that name a workload, in order of preference. */
  static final List<String> NAME_KEYS =
      List.of("app.kubernetes.io/name", "app", "k8s-app", "cnpg.io/cluster");

  /** Further labels that name a peer without a policy of its own. */
  private static final List<String> PEER_NAME_KEYS =
      List.of("gateway.networking.k8s.io/gateway-name", "app.kubernetes.io/instance");

  private final Map<String, Node> byKey = new LinkedHashMap<>();
  private final Map<String, Node> byId = new HashMap<>();
  private final Set<String> ids = new HashSet<>();

  /** The id of the node a peer denotes, creating the node the first time. */
  String idOf(Peer peer) {
    if (peer instanceof Peer.Endpoints e) {
      return workload(e.namespace(), e.labels(), null);
    } else if (peer instanceof Peer.Entities en) {
      return entities(en.entities());
    } else if (peer instanceof Peer.Cidr c) {
      return cidr(c.cidr(), c.except());
    }
    return fqdns(((Peer.Fqdns) peer).selectors());
  }

  /**
   * The id of the workload with this namespace and labels. A new one is named after its workload
   * label ({@link #NAME_KEYS}), else {@code policyName} (the name of the policy selecting it), else
   * another naming label or the first label's value.
   */
  String workload(String namespace, List<Label> labels, String policyName) {
    Map<String, String> sorted = new TreeMap<>();
    labels.forEach(l -> sorted.put(l.key(), l.value()));
    String key = "w|" + namespace + "|" + sorted;
    Node existing = byKey.get(key);
    if (existing != null) {
      return existing.id();
    }
    String named = labelValue(labels, NAME_KEYS);
    String main = named != null ? named : policyName != null ? policyName : mainValue(labels);
    boolean taken = main != null && ids.contains(clean(main));
    String id =
        fresh(taken && policyName != null ? policyName : main == null ? "all-" + namespace : main);
    String shown = main == null ? "All pods in " + namespace : main;
    Workload w =
        new Workload(
            id, shown, kindOf(labels), namespace, labels, List.of(), null, Position.ORIGIN);
    return add(key, w);
  }

  private String entities(List<Entity> entities) {
    List<String> names = entities.stream().map(Entity::yamlName).sorted().toList();
    String key = "e|" + names;
    Node existing = byKey.get(key);
    if (existing != null) {
      return existing.id();
    }
    String joined = String.join(" + ", entities.stream().map(Entity::yamlName).toList());
    return add(
        key, new EntityNode(fresh(String.join("-", names)), joined, entities, Position.ORIGIN));
  }

  private String cidr(String cidr, List<String> except) {
    String key = "c|" + cidr + "|" + except;
    Node existing = byKey.get(key);
    if (existing != null) {
      return existing.id();
    }
    String id = fresh("cidr-" + cidr);
    return add(key, new CidrNode(id, cidr, cidr, except, Position.ORIGIN));
  }

  private String fqdns(List<FqdnSelector> selectors) {
    String key = "f|" + selectors;
    Node existing = byKey.get(key);
    if (existing != null) {
      return existing.id();
    }
    List<String> values = selectors.stream().map(FqdnSelector::value).toList();
    String id = fresh("fqdn-" + values.get(0));
    return add(key, new FqdnNode(id, String.join(", ", values), selectors, Position.ORIGIN));
  }

  private String add(String key, Node node) {
    byKey.put(key, node);
    byId.put(node.id(), node);
    return node.id();
  }

  /** Renames a node. */
  void rename(String id, String name) {
    Node n = byId.get(id);
    if (n != null && name != null && !name.isBlank()) {
      byKey.replaceAll((k, v) -> v.id().equals(id) ? v.withName(name) : v);
      byId.put(id, n.withName(name));
    }
  }

  Node node(String id) {
    return byId.get(id);
  }

  List<Node> nodes() {
    return new ArrayList<>(byKey.values());
  }

  private static String clean(String base) {
    String clean =
        base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return clean.isEmpty() ? "node" : clean;
  }

  private String fresh(String base) {
    String id = clean(base);
    String candidate = id;
    for (int i = 2; !ids.add(candidate); i++) {
      candidate = id + "-" + i;
    }
    return candidate;
  }

  private static String mainValue(List<Label> labels) {
    String named = labelValue(labels, PEER_NAME_KEYS);
    return named != null ? named : labels.isEmpty() ? null : labels.get(0).value();
  }

  private static String labelValue(List<Label> labels, List<String> keys) {
    for (String key : keys) {
      for (Label l : labels) {
        if (l.key().equals(key)) {
          return l.value();
        }
      }
    }
    return null;
  }

  private static KindHint kindOf(List<Label> labels) {
    String all = labels.toString().toLowerCase(Locale.ROOT);
    if (all.contains("kube-dns") || all.contains("coredns")) {
      return KindHint.DNS;
    } else if (all.contains("gateway-name")) {
      return KindHint.GATEWAY;
    } else if (all.contains("prometheus") || all.contains("grafana") || all.contains("loki")) {
      return KindHint.MONITORING;
    } else if (all.contains("postgres") || all.contains("cnpg") || all.contains("redis")) {
      return KindHint.DATABASE;
    }
    return KindHint.APP;
  }
}
