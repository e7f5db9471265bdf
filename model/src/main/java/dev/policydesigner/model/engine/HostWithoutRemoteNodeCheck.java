package dev.policydesigner.model.engine;

import dev.policydesigner.model.Entity;
import dev.policydesigner.model.check.Problem;
import dev.policydesigner.model.check.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code host-without-remote-node}: an egress rule to the entity {@code host} without {@code
 * remote-node} (nor {@code cluster} or {@code all}). {@code host} is only the node the pod runs on;
 * a peer that runs on every node with host networking (Cilium agents, node exporters) is {@code
 * remote-node} from everywhere else, so only connections to the local node pass. Ingress from
 * {@code host} alone is left alone: that is the kubelet probing its own pods.
 */
final class HostWithoutRemoteNodeCheck {
  private final PolicyEngine engine;

  HostWithoutRemoteNodeCheck(PolicyEngine engine) {
    this.engine = engine;
  }

  List<Problem> check() {
    List<Problem> findings = new ArrayList<>();
    for (EnginePolicy p : engine.policies().policies()) {
      for (EngineRule r : p.egress().allows()) {
        if (hostOnly(r)) {
          findings.add(finding(p, r));
        }
      }
    }
    return findings;
  }

  private static boolean hostOnly(EngineRule r) {
    boolean host = false;
    for (Peer peer : r.peers()) {
      if (peer instanceof Peer.Entities e) {
        if (e.entities().contains(Entity.REMOTE_NODE)
            || e.entities().contains(Entity.CLUSTER)
            || e.entities().contains(Entity.ALL)) {
          return false;
        }
        host |= e.entities().contains(Entity.HOST);
      }
    }
    return host;
  }

  private static Problem finding(EnginePolicy p, EngineRule r) {
    String message =
        p.ref().title()
            + " allows egress to the entity host on "
            + r.ports().ports().label()
            + " but not to remote-node: host matches only the node the pod runs on. If the peer"
            + " runs on every node (host networking, e.g. Cilium agents), add remote-node, or"
            + " connections to the other nodes are dropped.";
    return Problem.of(Severity.WARNING, EngineChecks.HOST_WITHOUT_REMOTE_NODE, message)
        .inPolicy(p.ref().name())
        .atFile(r.source().file(), r.source().line());
  }
}
