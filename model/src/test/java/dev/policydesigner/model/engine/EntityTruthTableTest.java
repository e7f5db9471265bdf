package dev.policydesigner.model.engine;

import static dev.policydesigner.model.engine.Identity.address;
import static dev.policydesigner.model.engine.Identity.entity;
import static dev.policydesigner.model.engine.Identity.fqdn;
import static dev.policydesigner.model.engine.Identity.pod;
import static dev.policydesigner.model.engine.Outcome.ALLOWED;
import static dev.policydesigner.model.engine.Outcome.DENIED;
import static dev.policydesigner.model.engine.TruthTable.row;

import dev.policydesigner.model.Entity;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Entities (Cilium "Layer 3 Examples", entities based): {@code host} is the local node, {@code
 * remote-node} any other node, {@code kube-apiserver}, {@code health}, {@code init}, {@code
 * ingress}, {@code unmanaged} their reserved identities; {@code world} everything outside the
 * cluster; {@code cluster} every identity inside it (pods, local and remote nodes, init, ingress,
 * health, unmanaged, kube-apiserver); {@code all} the union of both.
 */
class EntityTruthTableTest {
  static final String POLICIES =
      """
      apiVersion: cilium.io/v2
      kind: CiliumNetworkPolicy
      metadata: {name: probe, namespace: ops}
      spec:
        endpointSelector: {matchLabels: {app: probe}}
        egress:
          - toEntities: [host]
            toPorts: [{ports: [{port: "10250"}]}]
          - toEntities: [remote-node]
            toPorts: [{ports: [{port: "10251"}]}]
          - toEntities: [kube-apiserver]
            toPorts: [{ports: [{port: "6443"}]}]
          - toEntities: [health]
            toPorts: [{ports: [{port: "4240"}]}]
          - toEntities: [world]
            toPorts: [{ports: [{port: "443"}]}]
          - toEntities: [cluster]
            toPorts: [{ports: [{port: "9100"}]}]
          - toEntities: [all]
            toPorts: [{ports: [{port: "7"}]}]
        ingress:
          - fromEntities: [init, ingress, unmanaged]
            toPorts: [{ports: [{port: "8080"}]}]
      """;

  static final PolicyEngine ENGINE = PolicyDocuments.engine(POLICIES);

  static Stream<Arguments> rows() {
    var probe = pod("ops", "app", "probe");
    return Stream.of(
        row(
            "Cilium entities: host = the local node",
            probe,
            entity(Entity.HOST),
            "10250/TCP",
            ALLOWED),
        row(
            "Cilium entities: host does not cover other nodes",
            probe,
            entity(Entity.REMOTE_NODE),
            "10250/TCP",
            DENIED),
        row(
            "Cilium entities: remote-node = the other nodes",
            probe,
            entity(Entity.REMOTE_NODE),
            "10251/TCP",
            ALLOWED),
        row(
            "Cilium entities: kube-apiserver",
            probe,
            entity(Entity.KUBE_APISERVER),
            "6443/TCP",
            ALLOWED),
        row("Cilium entities: health", probe, entity(Entity.HEALTH), "4240/TCP", ALLOWED),
        row(
            "Cilium entities: world covers addresses outside the cluster",
            probe,
            address("198.51.100.7"),
            "443/TCP",
            ALLOWED),
        row(
            "Cilium entities: world covers DNS names outside the cluster",
            probe,
            fqdn("example.org"),
            "443/TCP",
            ALLOWED),
        row(
            "Cilium entities: world does not cover pods",
            probe,
            pod("web", "app", "x"),
            "443/TCP",
            DENIED),
        row(
            "Cilium entities: cluster covers pods",
            probe,
            pod("web", "app", "x"),
            "9100/TCP",
            ALLOWED),
        row(
            "Cilium entities: cluster covers remote nodes",
            probe,
            entity(Entity.REMOTE_NODE),
            "9100/TCP",
            ALLOWED),
        row(
            "Cilium entities: cluster covers kube-apiserver",
            probe,
            entity(Entity.KUBE_APISERVER),
            "9100/TCP",
            ALLOWED),
        row(
            "Cilium entities: cluster does not cover world",
            probe,
            address("198.51.100.7"),
            "9100/TCP",
            DENIED),
        row("Cilium entities: all covers world", probe, address("198.51.100.7"), "7/TCP", ALLOWED),
        row(
            "Cilium entities: all covers the cluster",
            probe,
            entity(Entity.HOST),
            "7/TCP",
            ALLOWED),
        row("Cilium entities: init", entity(Entity.INIT), probe, "8080/TCP", ALLOWED),
        row("Cilium entities: ingress", entity(Entity.INGRESS), probe, "8080/TCP", ALLOWED),
        row("Cilium entities: unmanaged", entity(Entity.UNMANAGED), probe, "8080/TCP", ALLOWED),
        row(
            "Cilium entities: a listed entity does not admit others",
            entity(Entity.HOST),
            probe,
            "8080/TCP",
            DENIED));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void decides(String rule, Identity from, Identity to, String traffic, Outcome expected) {
    TruthTable.check(ENGINE, rule, from, to, traffic, expected);
  }
}
