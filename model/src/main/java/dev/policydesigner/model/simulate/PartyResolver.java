package dev.policydesigner.model.simulate;

import dev.policydesigner.model.CidrNode;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Entity;
import dev.policydesigner.model.EntityNode;
import dev.policydesigner.model.FqdnNode;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.Workload;
import dev.policydesigner.model.check.CidrBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns a query endpoint into the concrete parties to simulate. */
final class PartyResolver {
  /** The parties of an endpoint, or why it has none. */
  record Resolution(List<Party> parties, String absentBecause) {
    static Resolution absent(String reason) {
      return new Resolution(List.of(), reason);
    }
  }

  private final Diagram diagram;
  private final ConditionEvaluator conditions;
  private final List<String> errors;

  PartyResolver(Diagram diagram, ConditionEvaluator conditions, List<String> errors) {
    this.diagram = diagram;
    this.conditions = conditions;
    this.errors = errors;
  }

  Resolution resolve(Endpoint endpoint) {
    if (endpoint instanceof Endpoint.NodeRef ref) {
      Optional<Node> node = diagram.node(ref.nodeId());
      if (node.isEmpty()) {
        errors.add("no node '" + ref.nodeId() + "' in diagram '" + diagram.name() + "'");
        return Resolution.absent("node '" + ref.nodeId() + "' does not exist");
      }
      return node(node.get());
    } else if (endpoint instanceof Endpoint.Pod pod) {
      String label = "a pod in namespace " + pod.namespace() + labelsText(pod);
      return parties(Party.pod(label, null, pod.namespace(), pod.labels(), null));
    } else if (endpoint instanceof Endpoint.OfEntity e) {
      return parties(entity(e.entity(), "entity " + e.entity().yamlName(), null));
    }
    String address = ((Endpoint.Ip) endpoint).address();
    Optional<CidrBlock> block = CidrBlock.tryParse(address);
    if (block.isEmpty()) {
      errors.add("'" + address + "' is not an IP address");
      return Resolution.absent("'" + address + "' is not an IP address");
    }
    return parties(Party.world("IP " + address + " (world)", null, block.get(), List.of()));
  }

  private Resolution node(Node node) {
    String condition = node.condition();
    if (condition != null) {
      try {
        if (!conditions.test(condition)) {
          return Resolution.absent(
              node.name() + " does not exist under these values (" + condition + " is false)");
        }
      } catch (ConditionException e) {
        errors.add("condition of node " + node.id() + ": " + e.getMessage());
        return Resolution.absent(node.name() + " has a condition that cannot be evaluated");
      }
    }
    if (node instanceof Workload w) {
      String label = w.name() + " (" + w.namespace() + ")";
      return parties(Party.pod(label, w.id(), w.namespace(), w.labels(), w));
    } else if (node instanceof EntityNode e) {
      return parties(entityNode(e));
    } else if (node instanceof CidrNode c) {
      Optional<CidrBlock> block = CidrBlock.tryParse(c.cidr());
      if (block.isEmpty()) {
        errors.add("CIDR node " + c.id() + " has an invalid range '" + c.cidr() + "'");
      }
      List<CidrBlock> excluded =
          c.except().stream().map(CidrBlock::tryParse).flatMap(Optional::stream).toList();
      return parties(
          Party.world(
              c.name() + " (" + c.cidr() + ")", c.id(), block.orElse(null), excluded, List.of()));
    }
    FqdnNode f = (FqdnNode) node;
    return parties(Party.world(f.name() + " (FQDN)", f.id(), null, f.selectors()));
  }

  /**
   * An entity node with {@code host} or {@code remote-node} stands for host networking on every
   * node: the node the other side runs on and any other node.
   */
  private List<Party> entityNode(EntityNode node) {
    List<Party> result = new ArrayList<>();
    boolean hosts =
        node.entities().contains(Entity.HOST) || node.entities().contains(Entity.REMOTE_NODE);
    if (hosts) {
      result.add(
          Party.of(node.name() + " on the local node (host)", Party.Kind.LOCAL_HOST, node.id()));
      result.add(
          Party.of(
              node.name() + " on a remote node (remote-node)", Party.Kind.REMOTE_HOST, node.id()));
    }
    for (Entity e : node.entities()) {
      if (e != Entity.HOST && e != Entity.REMOTE_NODE) {
        result.add(entity(e, node.name() + " (" + e.yamlName() + ")", node.id()));
      }
    }
    return result;
  }

  private static Party entity(Entity e, String label, String nodeId) {
    return switch (e) {
      case HOST -> Party.of(label + " (the local node)", Party.Kind.LOCAL_HOST, nodeId);
      case REMOTE_NODE -> Party.of(label, Party.Kind.REMOTE_HOST, nodeId);
      case WORLD -> Party.world(label, nodeId, null, List.of());
      default -> Party.entity(label, e, nodeId);
    };
  }

  private static Resolution parties(Party... parties) {
    return new Resolution(List.of(parties), null);
  }

  private static Resolution parties(List<Party> parties) {
    return new Resolution(List.copyOf(parties), null);
  }

  private static String labelsText(Endpoint.Pod pod) {
    if (pod.labels().isEmpty()) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    pod.labels().forEach(l -> parts.add(l.key() + "=" + l.value()));
    return " with " + String.join(", ", parts);
  }
}
