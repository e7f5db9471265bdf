package dev.policydesigner.model.simulate;

import dev.policydesigner.model.Entity;
import dev.policydesigner.model.FqdnSelector;
import dev.policydesigner.model.Label;
import dev.policydesigner.model.Workload;
import dev.policydesigner.model.check.CidrBlock;
import java.util.List;

/**
 * One concrete end of a simulated connection.
 *
 * @param label how the verdict names it
 * @param kind what it is
 * @param nodeId the diagram node it stands for, or {@code null}
 * @param namespace a pod's namespace
 * @param labels a pod's labels
 * @param workload the diagram workload of a pod, for Service-port translation, or {@code null}
 * @param entity the entity of an {@link Kind#ENTITY} party
 * @param address an address outside the cluster, or {@code null} when unknown
 * @param excluded sub-ranges of {@code address} the party does not hold (a CIDR node's exceptions)
 * @param names the DNS names of an FQDN node
 */
record Party(
    String label,
    Kind kind,
    String nodeId,
    String namespace,
    List<Label> labels,
    Workload workload,
    Entity entity,
    CidrBlock address,
    List<CidrBlock> excluded,
    List<FqdnSelector> names) {

  /** What a party is. */
  enum Kind {
    POD,
    /** Host networking of the node the other side runs on (entity {@code host}). */
    LOCAL_HOST,
    /** Host networking of another node (entity {@code remote-node}). */
    REMOTE_HOST,
    /** Outside the cluster (entity {@code world}). */
    WORLD,
    /**
     * Another reserved identity: kube-apiserver, health, ingress, init, unmanaged, cluster, all.
     */
    ENTITY
  }

  static Party pod(String label, String nodeId, String ns, List<Label> labels, Workload w) {
    return new Party(
        label, Kind.POD, nodeId, ns, List.copyOf(labels), w, null, null, List.of(), List.of());
  }

  static Party of(String label, Kind kind, String nodeId) {
    return new Party(label, kind, nodeId, null, List.of(), null, null, null, List.of(), List.of());
  }

  static Party entity(String label, Entity entity, String nodeId) {
    return new Party(
        label, Kind.ENTITY, nodeId, null, List.of(), null, entity, null, List.of(), List.of());
  }

  static Party world(String label, String nodeId, CidrBlock address, List<FqdnSelector> names) {
    return world(label, nodeId, address, List.of(), names);
  }

  /** An address range outside the cluster without the sub-ranges {@code excluded}. */
  static Party world(
      String label,
      String nodeId,
      CidrBlock address,
      List<CidrBlock> excluded,
      List<FqdnSelector> names) {
    return new Party(
        label, Kind.WORLD, nodeId, null, List.of(), null, null, address, excluded, names);
  }

  /** Whether Cilium counts it in the {@code cluster} entity. */
  boolean inCluster() {
    return switch (kind) {
      case POD, LOCAL_HOST, REMOTE_HOST -> true;
      case WORLD -> false;
      case ENTITY -> entity != Entity.KUBE_APISERVER && entity != Entity.ALL;
    };
  }
}
