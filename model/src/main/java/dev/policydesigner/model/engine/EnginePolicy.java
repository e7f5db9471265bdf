package dev.policydesigner.model.engine;

import dev.policydesigner.model.derive.Direction;

/**
 * A policy as the engine reads it.
 *
 * @param ref its name and place
 * @param subject who it applies to: pods ({@link Peer.Endpoints}, {@link Peer.KubernetesPods}) or
 *     nodes ({@link Peer.Nodes})
 * @param ingress its ingress side
 * @param egress its egress side
 */
record EnginePolicy(PolicyRef ref, Peer subject, DirectionRules ingress, DirectionRules egress) {
  DirectionRules side(Direction direction) {
    return direction == Direction.INGRESS ? ingress : egress;
  }

  /** Whether it applies to {@code endpoint}. */
  boolean selects(EndpointView endpoint) {
    if (subject instanceof Peer.Nodes) {
      return endpoint.isNode() && PeerMatch.matches(subject, endpoint, java.util.Map.of());
    }
    return endpoint.isPod() && PeerMatch.matches(subject, endpoint, java.util.Map.of());
  }
}
