package dev.policydesigner.model.engine;

import static dev.policydesigner.model.engine.Identity.pod;
import static dev.policydesigner.model.engine.Outcome.ALLOWED;
import static dev.policydesigner.model.engine.Outcome.DENIED;
import static dev.policydesigner.model.engine.Outcome.UNKNOWN;
import static dev.policydesigner.model.engine.TruthTable.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Ports, ICMP, L7 and deny rules. Cilium "Layer 4 Examples": {@code toPorts} with {@code port},
 * {@code endPort} and {@code protocol} (TCP, UDP, SCTP or ANY, the default); a rule with ports and
 * no peer applies to every peer; ICMP rules ({@code icmps}, type and family). "Layer 7 Examples":
 * L7 rules filter the requests of an allowed connection. "Deny Policies": deny rules take
 * precedence over allow rules of any policy kind, on the side that has them ({@code ingressDeny} on
 * the destination, {@code egressDeny} on the source).
 */
class PortsTruthTableTest {
  static final String POLICIES =
      """
      apiVersion: cilium.io/v2
      kind: CiliumNetworkPolicy
      metadata: {name: server, namespace: lab}
      spec:
        endpointSelector: {matchLabels: {app: server}}
        ingress:
          - fromEndpoints: [{matchLabels: {app: client}}]
            toPorts:
              - ports: [{port: "8000", endPort: 8010, protocol: TCP}]
              - ports: [{port: "9000"}]
              - ports: [{port: "80", protocol: TCP}]
                rules:
                  http: [{method: GET, path: /health}]
          - fromEndpoints: [{matchLabels: {app: client}}]
            icmps: [{fields: [{type: 8, family: IPv4}, {type: EchoRequest, family: IPv6}]}]
          - toPorts: [{ports: [{port: "7777", protocol: UDP}]}]
          - fromEndpoints: [{matchLabels: {app: client}}]
            toPorts: [{ports: [{port: http-alt, protocol: TCP}]}]
        ingressDeny:
          - fromEndpoints: [{matchLabels: {app: client, env: untrusted}}]
          - toPorts: [{ports: [{port: "9000", protocol: UDP}]}]
      ---
      apiVersion: cilium.io/v2
      kind: CiliumNetworkPolicy
      metadata: {name: client, namespace: lab}
      spec:
        endpointSelector: {matchLabels: {app: client}}
        egress:
          - toEndpoints: [{matchLabels: {app: server}}]
        egressDeny:
          - toEndpoints: [{matchLabels: {app: server}}]
            toPorts: [{ports: [{port: "8001", protocol: TCP}]}]
      ---
      apiVersion: networking.k8s.io/v1
      kind: NetworkPolicy
      metadata: {name: server-netpol, namespace: lab}
      spec:
        podSelector: {matchLabels: {app: server}}
        ingress:
          - from: [{podSelector: {matchLabels: {app: client}}}]
      """;

  static final PolicyEngine ENGINE = PolicyDocuments.engine(POLICIES);

  static Stream<Arguments> rows() {
    var server = pod("lab", "app", "server");
    var client = pod("lab", "app", "client");
    var other = pod("lab", "app", "other");
    var untrusted = pod("lab", "app", "client", "env", "untrusted");
    return Stream.of(
        row("Cilium L4: endPort range start", other, server, "8000/TCP", DENIED),
        row(
            "Cilium L4: inside port..endPort (the NetworkPolicy also admits the client)",
            client,
            server,
            "8005/TCP",
            ALLOWED),
        row(
            "Cilium L4: protocol ANY (default) covers UDP (and the NetworkPolicy admits all ports)",
            client,
            server,
            "9000/SCTP",
            ALLOWED),
        row(
            "Cilium L4: a rule with ports and no peer admits every peer",
            other,
            server,
            "7777/UDP",
            ALLOWED),
        row("Cilium L4: that rule's protocol is exact", other, server, "7777/TCP", DENIED),
        row("Cilium ICMP: an ICMP type listed", other, server, "8/ICMP", DENIED),
        row("Cilium ICMP: the client's IPv4 echo request", client, server, "8/ICMP", ALLOWED),
        row("Cilium ICMP: ICMPv6 by name", client, server, "128/ICMPv6", ALLOWED),
        row(
            "Cilium L7: the connection is allowed, requests are filtered",
            client,
            server,
            "80/TCP",
            ALLOWED),
        row(
            "Cilium deny: a deny rule wins over every allow (CNP and NetworkPolicy)",
            untrusted,
            server,
            "8005/TCP",
            DENIED),
        row(
            "Cilium deny: a deny rule with ports only denies those ports",
            client,
            server,
            "9000/UDP",
            DENIED),
        row(
            "Cilium deny: an egressDeny rule of the source wins over its own egress allow and the"
                + " destination's ingress allow",
            client,
            server,
            "8001/TCP",
            DENIED),
        row(
            "Cilium deny: the source's egressDeny covers only its port; 8002 stays allowed",
            client,
            server,
            "8002/TCP",
            ALLOWED),
        row(
            "Cilium L4: a named port cannot be resolved without the pod spec",
            other,
            server,
            "8081/TCP",
            DENIED));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void decides(String rule, Identity from, Identity to, String traffic, Outcome expected) {
    TruthTable.check(ENGINE, rule, from, to, traffic, expected);
  }

  @Test
  void namesTheL7RuleAndItsLine() {
    Decision d =
        TruthTable.check(
            ENGINE,
            "L7",
            pod("lab", "app", "client"),
            pod("lab", "app", "server"),
            "80/TCP",
            ALLOWED);
    assertTrue(d.ingress().notes().stream().anyMatch(n -> n.contains("also filters at L7 (http)")));
    assertEquals(
        java.util.List.of("policies.yaml:7", "policies.yaml:40"),
        d.ingress().allowedBy().stream().map(RuleSource::location).toList());
  }

  @Test
  void namesTheDenyRuleThatWins() {
    Decision d =
        TruthTable.check(
            ENGINE,
            "deny",
            pod("lab", "app", "client", "env", "untrusted"),
            pod("lab", "app", "server"),
            "8005/TCP",
            DENIED);
    assertEquals("policies.yaml:20", d.ingress().deniedBy().get(0).location());
    assertTrue(
        d.explanation().contains("denied by CiliumNetworkPolicy lab/server ingressDeny rule"));
  }

  @Test
  void aNamedPortThatCouldDecideMakesTheAnswerUnknown() {
    PolicyEngine engine =
        PolicyDocuments.engine(
            """
            apiVersion: cilium.io/v2
            kind: CiliumNetworkPolicy
            metadata: {name: s, namespace: lab}
            spec:
              endpointSelector: {matchLabels: {app: s}}
              ingress:
                - toPorts: [{ports: [{port: http-alt, protocol: TCP}]}]
            """);
    TruthTable.check(engine, "named port", pod("lab"), pod("lab", "app", "s"), "8081/TCP", UNKNOWN);
  }
}
