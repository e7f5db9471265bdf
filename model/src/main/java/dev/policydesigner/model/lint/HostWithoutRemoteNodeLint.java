package dev.policydesigner.model.lint;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Entity;
import dev.policydesigner.model.EntityNode;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.check.Problem;
import dev.policydesigner.model.check.QuickFix;
import dev.policydesigner.model.check.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code host-without-remote-node}: an entity node with {@code host} but not {@code remote-node}
 * used as the peer of a subject. {@code host} is only the node the pod itself runs on; a peer that
 * runs on every node (Cilium agents, node exporters) is {@code remote-node} everywhere else, so in
 * enforce mode only connections to or from the local node pass — Hubble Relay → agents :4244 in the
 * seed.
 */
public final class HostWithoutRemoteNodeLint implements Lint {
  /** The code of its findings. */
  public static final String CODE = "host-without-remote-node";

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public List<Problem> check(Diagram diagram) {
    List<Problem> findings = new ArrayList<>();
    for (Flow flow : diagram.flows()) {
      check(diagram, flow, flow.to(), flow.from()).ifPresent(findings::add);
      check(diagram, flow, flow.from(), flow.to()).ifPresent(findings::add);
    }
    return findings;
  }

  private Optional<Problem> check(Diagram diagram, Flow flow, String peerId, String subjectId) {
    Optional<Node> peer = diagram.node(peerId);
    if (peer.isEmpty() || !(peer.get() instanceof EntityNode node)) {
      return Optional.empty();
    }
    boolean hostOnly =
        node.entities().contains(Entity.HOST) && !node.entities().contains(Entity.REMOTE_NODE);
    if (!hostOnly || !diagram.isSubject(subjectId)) {
      return Optional.empty();
    }
    String other = diagram.node(subjectId).map(Node::name).orElse(subjectId);
    String message =
        "Flow "
            + flow.id()
            + " ("
            + other
            + (peerId.equals(flow.to()) ? " → " : " ← ")
            + node.name()
            + "): entity host matches only the node "
            + other
            + " runs on. If "
            + node.name()
            + " runs on every node, add remote-node, or connections to the other nodes are"
            + " dropped in enforce mode.";
    Problem finding =
        Problem.onFlow(Severity.WARNING, CODE, message, flow.id(), flow.from(), flow.to())
            .atNode(node.id())
            .withFix(addRemoteNode(node));
    return Optional.of(
        FlowLocation.at(diagram, subjectId).map(l -> l.locate(finding)).orElse(finding));
  }

  private static QuickFix addRemoteNode(EntityNode node) {
    return new QuickFix(
        "Add remote-node to " + node.name(),
        d ->
            d.mapNode(
                node.id(),
                n -> {
                  EntityNode e = (EntityNode) n;
                  List<Entity> entities = new ArrayList<>(e.entities());
                  if (!entities.contains(Entity.REMOTE_NODE)) {
                    entities.add(entities.indexOf(Entity.HOST) + 1, Entity.REMOTE_NODE);
                  }
                  return e.withEntities(entities);
                }));
  }
}
