package dev.policydesigner.model.engine;

import static dev.policydesigner.model.engine.Identity.address;
import static dev.policydesigner.model.engine.Identity.fqdn;
import static dev.policydesigner.model.engine.Identity.pod;
import static dev.policydesigner.model.engine.Outcome.ALLOWED;
import static dev.policydesigner.model.engine.Outcome.DENIED;
import static dev.policydesigner.model.engine.TruthTable.row;

import dev.policydesigner.model.FqdnSelector;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Peers outside the cluster. Cilium "Layer 3 Examples": {@code toCIDR} / {@code toCIDRSet} with
 * {@code except}; DNS based ({@code toFQDNs}): {@code matchName} is exact, in {@code matchPattern}
 * {@code *} matches the characters of one DNS label, and "the DNS proxy must see the lookups" — an
 * egress rule with {@code rules.dns} covering the name is required, else the name never resolves to
 * allowed addresses; services based ({@code toServices}) by {@code k8sService} or {@code
 * k8sServiceSelector}.
 */
class AddressTruthTableTest {
  static final String POLICIES =
      """
      apiVersion: cilium.io/v2
      kind: CiliumNetworkPolicy
      metadata: {name: client, namespace: app}
      spec:
        endpointSelector: {matchLabels: {app: client}}
        egress:
          - toCIDR: [192.0.2.0/24]
          - toCIDRSet: [{cidr: 10.0.0.0/8, except: [10.96.0.0/12]}]
            toPorts: [{ports: [{port: "443"}]}]
          - toFQDNs: [{matchName: api.example.org}, {matchPattern: "*.cdn.example.org"}]
            toPorts: [{ports: [{port: "443"}]}]
          - toFQDNs: [{matchName: hidden.example.net}]
            toPorts: [{ports: [{port: "443"}]}]
          - toEndpoints: [{matchLabels: {io.kubernetes.pod.namespace: kube-system, k8s-app: kube-dns}}]
            toPorts:
              - ports: [{port: "53", protocol: UDP}]
                rules:
                  dns: [{matchPattern: "*.example.org"}, {matchPattern: "*.cdn.example.org"}]
          - toServices:
              - k8sService: {serviceName: legacy-db, namespace: app}
              - k8sServiceSelector: {selector: {matchLabels: {external: "yes"}}, namespace: app}
      ---
      apiVersion: v1
      kind: Service
      metadata: {name: partner, namespace: app, labels: {external: "yes"}}
      spec: {ports: [{port: 443}]}
      ---
      apiVersion: cilium.io/v2
      kind: CiliumNetworkPolicy
      metadata: {name: nodns, namespace: app}
      spec:
        endpointSelector: {matchLabels: {app: nodns}}
        egress:
          - toFQDNs: [{matchName: api.example.org}]
            toPorts: [{ports: [{port: "443"}]}]
      """;

  static final PolicyEngine ENGINE = PolicyDocuments.engine(POLICIES);

  static Stream<Arguments> rows() {
    var client = pod("app", "app", "client");
    var range = new Identity.Address("10.200.0.0/16", List.of());
    return Stream.of(
        row(
            "Cilium toCIDR: an address in the CIDR, every port",
            client,
            address("192.0.2.44"),
            "8080/TCP",
            ALLOWED),
        row("Cilium toCIDR: an address outside", client, address("192.0.3.1"), "8080/TCP", DENIED),
        row(
            "Cilium toCIDRSet: inside the CIDR on the rule's port",
            client,
            address("10.4.5.6"),
            "443/TCP",
            ALLOWED),
        row(
            "Cilium toCIDRSet: except leaves its addresses out",
            client,
            address("10.100.0.1"),
            "443/TCP",
            DENIED),
        row(
            "Cilium toCIDRSet: a sub-range inside the CIDR and outside except",
            client,
            range,
            "443/TCP",
            ALLOWED),
        row(
            "Cilium toFQDNs: matchName with a DNS rule covering it",
            client,
            fqdn("api.example.org"),
            "443/TCP",
            ALLOWED),
        row(
            "Cilium toFQDNs: matchPattern * stands for one label",
            client,
            fqdn("img.cdn.example.org"),
            "443/TCP",
            ALLOWED),
        row(
            "Cilium toFQDNs: * does not span dots",
            client,
            fqdn("a.b.cdn.example.org"),
            "443/TCP",
            DENIED),
        row(
            "Cilium toFQDNs: a name no DNS rule covers never resolves",
            client,
            fqdn("hidden.example.net"),
            "443/TCP",
            DENIED),
        row(
            "Cilium toFQDNs: without any DNS rule the name never resolves",
            pod("app", "app", "nodns"),
            fqdn("api.example.org"),
            "443/TCP",
            DENIED),
        row(
            "Cilium toFQDNs: a pattern identity under a pattern rule",
            client,
            new Identity.DnsName(FqdnSelector.pattern("*.cdn.example.org")),
            "443/TCP",
            ALLOWED),
        row(
            "Cilium toServices: k8sService by name and namespace",
            client,
            new Identity.Service("app", "legacy-db"),
            "5432/TCP",
            ALLOWED),
        row(
            "Cilium toServices: k8sServiceSelector matches the Service's labels",
            client,
            new Identity.Service("app", "partner"),
            "443/TCP",
            ALLOWED),
        row(
            "Cilium toServices: other Services are not covered",
            client,
            new Identity.Service("app", "other"),
            "443/TCP",
            DENIED));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void decides(String rule, Identity from, Identity to, String traffic, Outcome expected) {
    TruthTable.check(ENGINE, rule, from, to, traffic, expected);
  }
}
