package dev.policydesigner.model.engine;

import java.util.Objects;

/** One end of a question about a diagram: one of its nodes, or any identity. */
public sealed interface Endpoint permits Endpoint.Node, Endpoint.Of {
  /**
   * A node of the diagram: a workload is one of its pods; an entity node holding {@code host} or
   * {@code remote-node} stands for host networking on every node (the local and a remote node); a
   * CIDR node is its range; an FQDN node each of its names.
   */
  record Node(String nodeId) implements Endpoint {
    public Node {
      Objects.requireNonNull(nodeId, "nodeId");
    }
  }

  /** Exactly this identity. */
  record Of(Identity identity) implements Endpoint {
    public Of {
      Objects.requireNonNull(identity, "identity");
    }
  }

  /** The node with this id. */
  static Endpoint node(String nodeId) {
    return new Node(nodeId);
  }

  /** This identity. */
  static Endpoint of(Identity identity) {
    return new Of(identity);
  }
}
