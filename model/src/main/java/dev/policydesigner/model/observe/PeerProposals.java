package dev.policydesigner.model.observe;

import dev.policydesigner.model.Entity;
import dev.policydesigner.model.Label;
import dev.policydesigner.model.check.CidrBlock;
import java.util.List;
import java.util.Set;

/**
 * What node an observed endpoint that no node holds would become:
 *
 * <ul>
 *   <li>a pod: a workload of its namespace selected by its first label among {@code
 *       app.kubernetes.io/name}, {@code app}, {@code k8s-app}, or by the namespace alone;
 *   <li>world traffic to a DNS name: an FQDN node with that exact name (the first in order);
 *   <li>other world traffic: a CIDR node of the single address ({@code /32} or {@code /128}), the
 *       narrowest range that allows what was seen: widening it is the user's decision;
 *   <li>a reserved identity: an entity node ({@code kube-apiserver} before {@code host} before
 *       {@code remote-node}, …).
 * </ul>
 */
public final class PeerProposals {
  /** Labels that name an application, in order of preference. */
  public static final List<String> SELECTOR_KEYS =
      List.of("app.kubernetes.io/name", "app", "k8s-app");

  private static final List<Entity> ENTITY_ORDER =
      List.of(
          Entity.KUBE_APISERVER,
          Entity.HOST,
          Entity.REMOTE_NODE,
          Entity.HEALTH,
          Entity.INGRESS,
          Entity.INIT,
          Entity.UNMANAGED,
          Entity.WORLD);

  private PeerProposals() {}

  /** The proposal for an endpoint without a node. */
  public static ObservedPeer of(ObservedEndpoint endpoint, boolean destination) {
    if (endpoint.namespace() != null) {
      return new ObservedPeer.NewWorkload(endpoint.namespace(), selector(endpoint));
    }
    Set<Entity> entities = ReservedIdentity.entities(endpoint.reserved());
    if (endpoint.isWorld() && !entities.contains(Entity.KUBE_APISERVER)) {
      if (destination && !endpoint.names().isEmpty()) {
        return new ObservedPeer.NewFqdn(endpoint.names().get(0));
      }
      if (endpoint.ip() != null) {
        return CidrBlock.hostCidr(endpoint.ip())
            .<ObservedPeer>map(ObservedPeer.NewCidr::new)
            .orElse(new ObservedPeer.NewEntity(Entity.WORLD));
      }
    }
    for (Entity e : ENTITY_ORDER) {
      if (entities.contains(e)) {
        return new ObservedPeer.NewEntity(e);
      }
    }
    return new ObservedPeer.Unidentified(
        endpoint.ip() == null ? "unidentified endpoint" : "unidentified " + endpoint.ip());
  }

  /** The selector labels a new workload for this endpoint gets. */
  public static List<Label> selector(ObservedEndpoint endpoint) {
    for (String key : SELECTOR_KEYS) {
      String value = endpoint.labels().get(key);
      if (value != null) {
        return List.of(new Label(key, value));
      }
    }
    return List.of();
  }
}
