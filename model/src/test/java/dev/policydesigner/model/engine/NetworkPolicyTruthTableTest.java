package dev.policydesigner.model.engine;

import static dev.policydesigner.model.engine.Identity.address;
import static dev.policydesigner.model.engine.Identity.pod;
import static dev.policydesigner.model.engine.Outcome.ALLOWED;
import static dev.policydesigner.model.engine.Outcome.DENIED;
import static dev.policydesigner.model.engine.TruthTable.row;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Kubernetes NetworkPolicy ("Network Policies", kubernetes.io): {@code podSelector} selects pods of
 * the policy's namespace; a peer's {@code podSelector} alone means pods of the policy's namespace,
 * {@code namespaceSelector} alone every pod of the selected namespaces, both together the selected
 * pods of the selected namespaces; namespaces carry {@code kubernetes.io/metadata.name}; {@code
 * ipBlock} with {@code except}; a rule without {@code from} admits every source, one without {@code
 * ports} every port; {@code protocol} defaults to TCP; {@code endPort} makes a range.
 */
class NetworkPolicyTruthTableTest {
  static final String POLICIES =
      """
      apiVersion: v1
      kind: Namespace
      metadata:
        name: team-a
        labels: {team: a}
      ---
      apiVersion: networking.k8s.io/v1
      kind: NetworkPolicy
      metadata: {name: store, namespace: data}
      spec:
        podSelector: {matchLabels: {app: store}}
        policyTypes: [Ingress]
        ingress:
          - from: [{podSelector: {matchLabels: {app: loader}}}]
            ports: [{port: 5000}]
          - from: [{namespaceSelector: {matchLabels: {team: a}}}]
            ports: [{port: 5001}]
          - from:
              - namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: tools}}
                podSelector: {matchLabels: {app: backup}}
            ports: [{port: 6000, endPort: 6010, protocol: TCP}]
          - from:
              - ipBlock: {cidr: 10.0.0.0/8, except: [10.1.0.0/16]}
            ports: [{port: 53, protocol: UDP}]
          - ports: [{port: 80}]
      ---
      apiVersion: networking.k8s.io/v1
      kind: NetworkPolicy
      metadata: {name: open, namespace: data}
      spec:
        podSelector: {matchLabels: {app: open}}
        ingress:
          - from: [{podSelector: {}}]
      """;

  static final PolicyEngine ENGINE = PolicyDocuments.engine(POLICIES);

  static Stream<Arguments> rows() {
    var store = pod("data", "app", "store");
    return Stream.of(
        row(
            "NetworkPolicy: podSelector peer = pods of the policy's namespace",
            pod("data", "app", "loader"),
            store,
            "5000/TCP",
            ALLOWED),
        row(
            "NetworkPolicy: podSelector peer does not reach other namespaces",
            pod("other", "app", "loader"),
            store,
            "5000/TCP",
            DENIED),
        row(
            "NetworkPolicy: protocol defaults to TCP",
            pod("data", "app", "loader"),
            store,
            "5000/UDP",
            DENIED),
        row(
            "NetworkPolicy: namespaceSelector matches the Namespace's labels",
            pod("team-a", "app", "any"),
            store,
            "5001/TCP",
            ALLOWED),
        row(
            "NetworkPolicy: namespaceSelector does not match other namespaces",
            pod("team-b", "app", "any"),
            store,
            "5001/TCP",
            DENIED),
        row(
            "NetworkPolicy: namespaceSelector and podSelector together select pods in those namespaces",
            pod("tools", "app", "backup"),
            store,
            "6005/TCP",
            ALLOWED),
        row(
            "NetworkPolicy: kubernetes.io/metadata.name is set on every namespace; pod must match too",
            pod("tools", "app", "shell"),
            store,
            "6005/TCP",
            DENIED),
        row(
            "NetworkPolicy: endPort closes the range",
            pod("tools", "app", "backup"),
            store,
            "6011/TCP",
            DENIED),
        row(
            "NetworkPolicy: ipBlock admits addresses in the CIDR",
            address("10.2.3.4"),
            store,
            "53/UDP",
            ALLOWED),
        row(
            "NetworkPolicy: ipBlock except leaves the hole out",
            address("10.1.2.3"),
            store,
            "53/UDP",
            DENIED),
        row(
            "NetworkPolicy: a rule without from admits every source on its ports",
            address("203.0.113.9"),
            store,
            "80/TCP",
            ALLOWED),
        row(
            "NetworkPolicy: ports not listed stay denied",
            address("203.0.113.9"),
            store,
            "81/TCP",
            DENIED),
        row(
            "NetworkPolicy: podSelector {} = every pod of the namespace, every port without ports",
            pod("data", "app", "x"),
            pod("data", "app", "open"),
            "1234/UDP",
            ALLOWED),
        row(
            "NetworkPolicy: podSelector {} does not admit other namespaces",
            pod("web", "app", "x"),
            pod("data", "app", "open"),
            "1234/UDP",
            DENIED));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void decides(String rule, Identity from, Identity to, String traffic, Outcome expected) {
    TruthTable.check(ENGINE, rule, from, to, traffic, expected);
  }
}
