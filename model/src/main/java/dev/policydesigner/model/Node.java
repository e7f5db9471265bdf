package dev.policydesigner.model;

/** Something that talks: a workload, a set of Cilium entities, a CIDR or an FQDN. */
public sealed interface Node permits Workload, EntityNode, CidrNode, FqdnNode {
  /** Stable identifier, unique in the diagram; flows refer to it. */
  String id();

  /** Name shown on the canvas. */
  String name();

  /** Where the node sits on the canvas. */
  Position position();

  /** A copy of this node at another position. */
  Node withPosition(Position position);

  /** A copy of this node under another display name. */
  Node withName(String name);

  /** A copy of this node under another id (a pasted copy). */
  Node withId(String id);

  /**
   * The Jinja expression under which the node exists (e.g. {@code loki_enabled | default(false)}),
   * or {@code null} when it always exists. Rules to or from the node are guarded by it.
   */
  default String condition() {
    return null;
  }
}
