package dev.policydesigner.model.engine;

import static dev.policydesigner.model.engine.Identity.pod;
import static dev.policydesigner.model.engine.Outcome.ALLOWED;
import static dev.policydesigner.model.engine.Outcome.DENIED;
import static dev.policydesigner.model.engine.TruthTable.row;

import dev.policydesigner.model.Entity;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Selectors and namespace scoping. Kubernetes "Labels and Selectors": matchLabels and
 * matchExpressions are ANDed; In / NotIn / Exists / DoesNotExist, NotIn also matching pods without
 * the key. Cilium "Layer 3 Examples" (endpoints based): a CiliumNetworkPolicy's endpointSelector
 * and its peers without a namespace label are limited to the policy's namespace; "An empty
 * EndpointSelector will select all endpoints" of that namespace; a peer may name another namespace
 * with {@code io.kubernetes.pod.namespace}. A CiliumClusterwideNetworkPolicy is not namespaced: its
 * peers match pods of every namespace ({@code {}} = every pod of the cluster). Host policies select
 * nodes by {@code nodeSelector}.
 */
class SelectorTruthTableTest {
  static final String POLICIES =
      """
      apiVersion: cilium.io/v2
      kind: CiliumNetworkPolicy
      metadata: {name: db, namespace: shop}
      spec:
        endpointSelector: {matchLabels: {app: db}}
        ingress:
          - fromEndpoints:
              - matchLabels: {app: api}
                matchExpressions:
                  - {key: tier, operator: In, values: [backend, batch]}
                  - {key: canary, operator: DoesNotExist}
            toPorts: [{ports: [{port: "5432"}]}]
          - fromEndpoints:
              - matchLabels: {k8s:io.kubernetes.pod.namespace: monitoring, app: prometheus}
            toPorts: [{ports: [{port: "9187"}]}]
          - fromEndpoints: [{}]
            toPorts: [{ports: [{port: "7000"}]}]
          - fromEndpoints:
              - matchExpressions:
                  - {key: team, operator: Exists}
                  - {key: env, operator: NotIn, values: [dev]}
            toPorts: [{ports: [{port: "7100"}]}]
      ---
      apiVersion: cilium.io/v2
      kind: CiliumClusterwideNetworkPolicy
      metadata: {name: default-deny}
      spec:
        endpointSelector:
          matchExpressions:
            - {key: io.kubernetes.pod.namespace, operator: NotIn, values: [kube-system, shop, monitoring]}
        enableDefaultDeny: {egress: true, ingress: false}
        egress:
          - toEndpoints: [{matchLabels: {k8s-app: kube-dns, io.kubernetes.pod.namespace: kube-system}}]
            toPorts: [{ports: [{port: "53", protocol: UDP}]}]
          - toEndpoints: [{}]
            toPorts: [{ports: [{port: "8443"}]}]
      ---
      apiVersion: cilium.io/v2
      kind: CiliumClusterwideNetworkPolicy
      metadata: {name: nodes}
      spec:
        nodeSelector: {matchLabels: {node-role.kubernetes.io/control-plane: ""}}
        ingress:
          - fromEntities: [cluster]
            toPorts: [{ports: [{port: "6443"}]}]
      """;

  static final PolicyEngine ENGINE = PolicyDocuments.engine(POLICIES);

  static Stream<Arguments> rows() {
    var db = pod("shop", "app", "db");
    var controlPlane =
        new Identity.OfEntity(Entity.HOST, Map.of("node-role.kubernetes.io/control-plane", ""));
    var worker =
        new Identity.OfEntity(Entity.REMOTE_NODE, Map.of("node-role.kubernetes.io/worker", ""));
    return Stream.of(
        row(
            "Kubernetes selectors: matchLabels and In both hold",
            pod("shop", "app", "api", "tier", "backend"),
            db,
            "5432/TCP",
            ALLOWED),
        row(
            "Kubernetes selectors: In fails for a value not listed",
            pod("shop", "app", "api", "tier", "web"),
            db,
            "5432/TCP",
            DENIED),
        row(
            "Kubernetes selectors: In fails when the key is missing",
            pod("shop", "app", "api"),
            db,
            "5432/TCP",
            DENIED),
        row(
            "Kubernetes selectors: DoesNotExist fails when the key is there",
            pod("shop", "app", "api", "tier", "batch", "canary", "x"),
            db,
            "5432/TCP",
            DENIED),
        row(
            "Cilium: a CNP peer without namespace label is limited to the policy's namespace",
            pod("other", "app", "api", "tier", "backend"),
            db,
            "5432/TCP",
            DENIED),
        row(
            "Cilium: a peer may name another namespace with io.kubernetes.pod.namespace (k8s: prefix)",
            pod("monitoring", "app", "prometheus"),
            db,
            "9187/TCP",
            ALLOWED),
        row(
            "Cilium: the namespace label of a peer is exact",
            pod("shop", "app", "prometheus"),
            db,
            "9187/TCP",
            DENIED),
        row(
            "Cilium: fromEndpoints [{}] in a CNP admits every pod of the policy's namespace",
            pod("shop", "app", "anything"),
            db,
            "7000/TCP",
            ALLOWED),
        row(
            "Cilium: fromEndpoints [{}] in a CNP does not admit pods of other namespaces",
            pod("else", "app", "anything"),
            db,
            "7000/TCP",
            DENIED),
        row(
            "Kubernetes selectors: Exists and NotIn hold (NotIn also without the key)",
            pod("shop", "team", "a"),
            db,
            "7100/TCP",
            ALLOWED),
        row(
            "Kubernetes selectors: NotIn fails for a listed value",
            pod("shop", "team", "a", "env", "dev"),
            db,
            "7100/TCP",
            DENIED),
        row(
            "Kubernetes selectors: Exists fails without the key",
            pod("shop", "env", "prod"),
            db,
            "7100/TCP",
            DENIED),
        row(
            "Cilium: a CCNP with NotIn kube-system selects pods of every other namespace (egress default-deny)",
            pod("default", "app", "x"),
            Identity.address("1.1.1.1"),
            "443/TCP",
            DENIED),
        row(
            "Cilium: the CCNP's NotIn leaves kube-system unselected",
            pod("kube-system", "app", "x"),
            Identity.address("1.1.1.1"),
            "443/TCP",
            ALLOWED),
        row(
            "Cilium: a CCNP peer with a namespace label matches there only (DNS)",
            pod("default", "app", "x"),
            pod("kube-system", "k8s-app", "kube-dns"),
            "53/UDP",
            ALLOWED),
        row(
            "Cilium: toEndpoints [{}] in a CCNP matches pods of every namespace",
            pod("default", "app", "x"),
            pod("tenant-b", "app", "y"),
            "8443/TCP",
            ALLOWED),
        row(
            "Cilium: toEndpoints [{}] in a CCNP matches pods only, not the host",
            pod("default", "app", "x"),
            Identity.entity(Entity.HOST),
            "8443/TCP",
            DENIED),
        row(
            "Cilium host policies: a nodeSelector selects the nodes with that label",
            pod("default", "app", "x"),
            controlPlane,
            "22/TCP",
            DENIED),
        row(
            "Cilium host policies: the host policy admits the cluster on its port",
            pod("kube-system", "app", "x"),
            controlPlane,
            "6443/TCP",
            ALLOWED),
        row(
            "Cilium host policies: nodes without the label are not selected",
            pod("kube-system", "app", "x"),
            worker,
            "22/TCP",
            ALLOWED));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void decides(String rule, Identity from, Identity to, String traffic, Outcome expected) {
    TruthTable.check(ENGINE, rule, from, to, traffic, expected);
  }
}
