package dev.policydesigner.model.engine;

import dev.policydesigner.model.CidrNode;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Entity;
import dev.policydesigner.model.EntityNode;
import dev.policydesigner.model.FqdnNode;
import dev.policydesigner.model.FqdnSelector;
import dev.policydesigner.model.Label;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.Workload;
import dev.policydesigner.model.check.PlaceholderValues;
import dev.policydesigner.model.simulate.ConditionEvaluator;
import dev.policydesigner.model.simulate.ConditionException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The identities a question's end stands for in a diagram: a workload is a pod with its labels (and
 * absent when its condition is false), an entity node holding {@code host} or {@code remote-node}
 * is both the local and a remote node, a CIDR node its range, an FQDN node each of its names.
 */
public final class NodeIdentities {
  /**
   * The identities of an end, or why it has none.
   *
   * @param identities the identities
   * @param names how an answer names each identity (parallel to {@code identities})
   * @param absentBecause why the end does not exist, or {@code null}
   * @param error what could not be evaluated, or {@code null}
   */
  public record Resolution(
      List<Identity> identities, List<String> names, String absentBecause, String error) {
    public Resolution {
      identities = List.copyOf(identities);
      names = List.copyOf(names);
    }

    static Resolution absent(String reason, String error) {
      return new Resolution(List.of(), List.of(), reason, error);
    }
  }

  private final Diagram diagram;
  private final ConditionEvaluator conditions;
  private final PlaceholderValues placeholders;

  /**
   * Resolves ends of {@code diagram} under {@code values}; template placeholders in a node's
   * namespace, label values, CIDRs and DNS names count as what they render to with these values
   * (else their defaults), as in the rendered templates.
   */
  public NodeIdentities(Diagram diagram, Map<String, Object> values) {
    this.diagram = diagram;
    this.conditions = new ConditionEvaluator(values);
    this.placeholders = new PlaceholderValues(values);
  }

  /** The identities {@code endpoint} stands for. */
  public Resolution resolve(Endpoint endpoint) {
    if (endpoint instanceof Endpoint.Of of) {
      return new Resolution(List.of(of.identity()), List.of(of.identity().label()), null, null);
    }
    String id = ((Endpoint.Node) endpoint).nodeId();
    Optional<Node> node = diagram.node(id);
    if (node.isEmpty()) {
      String error = "no node '" + id + "' in diagram '" + diagram.name() + "'";
      return Resolution.absent("node '" + id + "' does not exist", error);
    }
    Node n = placeholders.resolve(node.get());
    if (n.condition() != null) {
      try {
        if (!conditions.test(n.condition())) {
          return Resolution.absent(
              n.name() + " does not exist under these values (" + n.condition() + " is false)",
              null);
        }
      } catch (ConditionException e) {
        String error = "condition of node " + n.id() + ": " + e.getMessage();
        return Resolution.absent(n.name() + " has a condition that cannot be evaluated", error);
      }
    }
    List<Identity> identities = identities(n);
    return new Resolution(identities, names(n, identities), null, null);
  }

  /** How an answer names each identity of a node: the node's name, and what part it is. */
  private static List<String> names(Node node, List<Identity> identities) {
    List<String> names = new ArrayList<>();
    for (Identity i : identities) {
      if (identities.size() == 1) {
        names.add(node instanceof Workload w ? w.name() + " (" + w.namespace() + ")" : node.name());
      } else if (i instanceof Identity.OfEntity e && e.entity() == Entity.HOST) {
        names.add(node.name() + " on the local node (host)");
      } else if (i instanceof Identity.OfEntity e && e.entity() == Entity.REMOTE_NODE) {
        names.add(node.name() + " on a remote node (remote-node)");
      } else {
        names.add(node.name() + " (" + i.label() + ")");
      }
    }
    return names;
  }

  /** The identities of a node, whatever its condition. */
  public static List<Identity> identities(Node node) {
    if (node instanceof Workload w) {
      return List.of(pod(w));
    } else if (node instanceof EntityNode e) {
      return entities(e);
    } else if (node instanceof CidrNode c) {
      return List.of(new Identity.Address(c.cidr(), c.except()));
    }
    List<Identity> names = new ArrayList<>();
    for (FqdnSelector s : ((FqdnNode) node).selectors()) {
      names.add(new Identity.DnsName(s));
    }
    return names;
  }

  /** The pod a workload stands for. */
  public static Identity.Pod pod(Workload w) {
    Map<String, String> labels = new LinkedHashMap<>();
    for (Label l : w.labels()) {
      labels.put(l.key(), l.value());
    }
    return new Identity.Pod(w.namespace(), labels);
  }

  private static List<Identity> entities(EntityNode node) {
    List<Identity> result = new ArrayList<>();
    if (node.entities().contains(Entity.HOST) || node.entities().contains(Entity.REMOTE_NODE)) {
      result.add(Identity.entity(Entity.HOST));
      result.add(Identity.entity(Entity.REMOTE_NODE));
    }
    for (Entity e : node.entities()) {
      if (e != Entity.HOST && e != Entity.REMOTE_NODE) {
        result.add(Identity.entity(e));
      }
    }
    return result;
  }
}
