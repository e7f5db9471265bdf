package dev.policydesigner.model.engine;

import static dev.policydesigner.model.engine.Identity.pod;
import static dev.policydesigner.model.engine.Outcome.ALLOWED;
import static dev.policydesigner.model.engine.Outcome.DENIED;
import static dev.policydesigner.model.engine.TruthTable.row;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Default deny and the union of allows. Cilium docs, "Policy Enforcement Modes" (default mode): an
 * endpoint is unrestricted until a rule selects it and has an ingress (egress) section; then only
 * allowed traffic passes. CiliumNetworkPolicy reference, {@code enableDefaultDeny}: "If not
 * specified, the default is true for each traffic direction that has rules … If multiple policies
 * apply to an endpoint, that endpoint's default deny will be enabled if any policy requests it."
 * Kubernetes NetworkPolicy: a pod selected by a policy with a policyType is isolated in that
 * direction; without policyTypes, Ingress always and Egress when the policy has egress rules.
 */
class DefaultDenyTruthTableTest {
  static final String POLICIES =
      """
      apiVersion: cilium.io/v2
      kind: CiliumNetworkPolicy
      metadata: {name: api, namespace: shop}
      spec:
        endpointSelector: {matchLabels: {app: api}}
        ingress:
          - fromEndpoints: [{matchLabels: {app: web}}]
            toPorts: [{ports: [{port: "8080", protocol: TCP}]}]
      ---
      apiVersion: cilium.io/v2
      kind: CiliumNetworkPolicy
      metadata: {name: audit, namespace: shop}
      spec:
        endpointSelector: {matchLabels: {app: audited}}
        enableDefaultDeny: {ingress: false, egress: false}
        ingress:
          - fromEndpoints: [{matchLabels: {app: web}}]
            toPorts: [{ports: [{port: "8080", protocol: TCP}]}]
        egress:
          - toEndpoints: [{matchLabels: {app: db}}]
      ---
      apiVersion: cilium.io/v2
      kind: CiliumNetworkPolicy
      metadata: {name: lockdown, namespace: shop}
      spec:
        endpointSelector: {matchLabels: {app: locked}}
        ingress:
          - {}
      ---
      apiVersion: cilium.io/v2
      kind: CiliumNetworkPolicy
      metadata: {name: explicit, namespace: shop}
      spec:
        endpointSelector: {matchLabels: {app: quiet}}
        enableDefaultDeny: {egress: true}
        ingress:
          - fromEndpoints: [{matchLabels: {app: web}}]
      ---
      apiVersion: networking.k8s.io/v1
      kind: NetworkPolicy
      metadata: {name: api-extra, namespace: shop}
      spec:
        podSelector: {matchLabels: {app: api}}
        ingress:
          - from: [{podSelector: {matchLabels: {app: batch}}}]
            ports: [{port: 9090}]
      ---
      apiVersion: networking.k8s.io/v1
      kind: NetworkPolicy
      metadata: {name: audited-netpol, namespace: shop}
      spec:
        podSelector: {matchLabels: {app: audited}}
        policyTypes: [Ingress, Egress]
        ingress:
          - from: [{podSelector: {matchLabels: {app: web}}}]
            ports: [{port: 8080}]
      """;

  static final PolicyEngine ENGINE = PolicyDocuments.engine(POLICIES);

  static Stream<Arguments> rows() {
    var web = pod("shop", "app", "web");
    var api = pod("shop", "app", "api");
    var batch = pod("shop", "app", "batch");
    var audited = pod("shop", "app", "audited");
    var db = pod("shop", "app", "db");
    return Stream.of(
        row(
            "Cilium: a selected endpoint with an ingress section allows only what a rule allows",
            web,
            api,
            "8080/TCP",
            ALLOWED),
        row("Cilium: ingress default deny drops what no rule allows", web, api, "9999/TCP", DENIED),
        row(
            "Cilium: an endpoint no policy selects is unrestricted (egress of web, ingress of db)",
            web,
            db,
            "5432/TCP",
            ALLOWED),
        row(
            "Cilium: a policy with only ingress rules leaves egress unrestricted",
            api,
            db,
            "5432/TCP",
            ALLOWED),
        row(
            "Cilium: allows of a NetworkPolicy and a CiliumNetworkPolicy selecting one pod add up",
            batch,
            api,
            "9090/TCP",
            ALLOWED),
        row(
            "Cilium: the union does not widen the CNP's rule to the NetworkPolicy's peer on 8080",
            batch,
            api,
            "8080/TCP",
            DENIED),
        row(
            "NetworkPolicy: isolation applies whatever another policy's enableDefaultDeny says",
            pod("shop", "app", "other"),
            audited,
            "8080/TCP",
            DENIED),
        row(
            "NetworkPolicy: policyTypes Egress isolates egress even without egress rules",
            audited,
            pod("shop", "app", "cache"),
            "6379/TCP",
            DENIED),
        row(
            "Cilium: the audit-mode CNP's egress allow still adds to the isolating NetworkPolicy",
            audited,
            db,
            "5432/TCP",
            ALLOWED),
        row(
            "Cilium: ingress: [{}] puts the endpoint in default deny and admits nobody",
            web,
            pod("shop", "app", "locked"),
            "80/TCP",
            DENIED),
        row(
            "Cilium: enableDefaultDeny.egress true makes egress default-deny without egress rules",
            pod("shop", "app", "quiet"),
            db,
            "5432/TCP",
            DENIED),
        row(
            "Cilium: enableDefaultDeny false on its own leaves the endpoint unrestricted there",
            db,
            pod("shop", "app", "audited-only"),
            "80/TCP",
            ALLOWED));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void decides(String rule, Identity from, Identity to, String traffic, Outcome expected) {
    TruthTable.check(ENGINE, rule, from, to, traffic, expected);
  }
}
