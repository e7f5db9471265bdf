package dev.policydesigner.model.observe;

import dev.policydesigner.model.CidrNode;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Entity;
import dev.policydesigner.model.EntityNode;
import dev.policydesigner.model.FqdnNode;
import dev.policydesigner.model.Label;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.Workload;
import dev.policydesigner.model.check.CidrBlock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The nodes of a diagram that an observed endpoint belongs to, most specific first: a workload
 * whose namespace and labels it has (more labels = more specific), an FQDN node selecting one of
 * its DNS names (destinations only, {@code toFQDNs} is egress only), a CIDR node containing the
 * address of an endpoint outside the cluster (longer prefix first), an entity node holding one of
 * its reserved identities (fewer entities first), then entity nodes holding {@code cluster} (for
 * in-cluster endpoints) and {@code all}. Nodes of equal rank keep diagram order.
 */
public final class NodeCandidates {
  private static final Set<Entity> IN_CLUSTER =
      EnumSet.of(
          Entity.HOST,
          Entity.REMOTE_NODE,
          Entity.HEALTH,
          Entity.INGRESS,
          Entity.INIT,
          Entity.UNMANAGED);

  private NodeCandidates() {}

  /** The ids of the nodes {@code endpoint} belongs to, most specific first. */
  public static List<String> of(Diagram diagram, ObservedEndpoint endpoint, boolean destination) {
    Set<Entity> entities = ReservedIdentity.entities(endpoint.reserved());
    boolean inCluster =
        endpoint.namespace() != null || entities.stream().anyMatch(IN_CLUSTER::contains);
    List<Ranked> ranked = new ArrayList<>();
    List<Node> nodes = diagram.nodes();
    for (int i = 0; i < nodes.size(); i++) {
      int rank = rank(nodes.get(i), endpoint, entities, inCluster, destination);
      if (rank > 0) {
        ranked.add(new Ranked(nodes.get(i).id(), rank, i));
      }
    }
    ranked.sort(Comparator.comparingInt(Ranked::rank).reversed().thenComparingInt(Ranked::order));
    return ranked.stream().map(Ranked::id).toList();
  }

  /** 0 when the node does not hold the endpoint, else higher for more specific nodes. */
  private static int rank(
      Node node,
      ObservedEndpoint endpoint,
      Set<Entity> entities,
      boolean inCluster,
      boolean destination) {
    if (node instanceof Workload w) {
      return selects(w, endpoint) ? 10_000 + w.labels().size() : 0;
    } else if (node instanceof FqdnNode f) {
      return destination && endpoint.isWorld() && namesMatch(f, endpoint) ? 5_000 : 0;
    } else if (node instanceof CidrNode c) {
      return !inCluster && inCidr(c, endpoint.ip())
          ? 2_000 + CidrBlock.tryParse(c.cidr()).map(CidrBlock::prefix).orElse(0)
          : 0;
    }
    EntityNode e = (EntityNode) node;
    if (e.entities().stream().anyMatch(entities::contains)) {
      return 1_000 - e.entities().size();
    } else if (inCluster && e.entities().contains(Entity.CLUSTER)) {
      return 100 - e.entities().size();
    }
    return e.entities().contains(Entity.ALL) ? 10 : 0;
  }

  /** Whether the workload's selector picks the endpoint: same namespace, labels a subset. */
  public static boolean selects(Workload w, ObservedEndpoint endpoint) {
    if (!w.namespace().equals(endpoint.namespace())) {
      return false;
    }
    for (Label l : w.labels()) {
      if (!l.value().equals(endpoint.labels().get(l.key()))) {
        return false;
      }
    }
    return true;
  }

  private static boolean namesMatch(FqdnNode f, ObservedEndpoint endpoint) {
    return f.selectors().stream()
        .anyMatch(s -> endpoint.names().stream().anyMatch(n -> FqdnMatch.matches(s, n)));
  }

  /** Whether {@code ip} lies in the node's range and in none of its exceptions. */
  public static boolean inCidr(CidrNode c, String ip) {
    if (ip == null || !CidrBlock.tryParse(c.cidr()).map(b -> b.containsAddress(ip)).orElse(false)) {
      return false;
    }
    return c.except().stream()
        .noneMatch(x -> CidrBlock.tryParse(x).map(b -> b.containsAddress(ip)).orElse(false));
  }

  private record Ranked(String id, int rank, int order) {}
}
