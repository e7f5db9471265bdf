package dev.policydesigner.model.simulate;

import dev.policydesigner.model.Entity;
import dev.policydesigner.model.Label;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** One side of a simulated connection: a node of the diagram, a pod, an entity or an IP. */
public sealed interface Endpoint {
  /**
   * A node of the diagram. A workload is one of its pods; an entity node holding {@code host} or
   * {@code remote-node} stands for host networking on every node (so it is simulated twice: on the
   * local node and on a remote node); a CIDR or FQDN node is an address outside the cluster.
   */
  record NodeRef(String nodeId) implements Endpoint {
    public NodeRef {
      Objects.requireNonNull(nodeId, "nodeId");
    }
  }

  /** A pod with these labels in this namespace (it need not be in the diagram). */
  record Pod(String namespace, List<Label> labels) implements Endpoint {
    public Pod {
      Objects.requireNonNull(namespace, "namespace");
      labels = List.copyOf(labels);
    }
  }

  /** Exactly this entity, e.g. {@code host} = the host of the local node only. */
  record OfEntity(Entity entity) implements Endpoint {
    public OfEntity {
      Objects.requireNonNull(entity, "entity");
    }
  }

  /** An IP address outside the cluster ({@code world}). */
  record Ip(String address) implements Endpoint {
    public Ip {
      Objects.requireNonNull(address, "address");
    }
  }

  /** The node with this id. */
  static Endpoint node(String nodeId) {
    return new NodeRef(nodeId);
  }

  /** A pod in {@code namespace} with labels given as key, value, key, value… */
  static Endpoint pod(String namespace, String... keyValues) {
    List<Label> labels = new ArrayList<>();
    for (int i = 0; i + 1 < keyValues.length; i += 2) {
      labels.add(new Label(keyValues[i], keyValues[i + 1]));
    }
    return new Pod(namespace, labels);
  }

  /** Exactly this entity. */
  static Endpoint entity(Entity entity) {
    return new OfEntity(entity);
  }

  /** An IP address outside the cluster. */
  static Endpoint ip(String address) {
    return new Ip(address);
  }
}
