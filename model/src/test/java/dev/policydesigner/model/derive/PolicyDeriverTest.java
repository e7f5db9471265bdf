package dev.policydesigner.model.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.model.DefaultDenyStyle;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.FqdnNode;
import dev.policydesigner.model.FqdnSelector;
import dev.policydesigner.model.Guard;
import dev.policydesigner.model.KindHint;
import dev.policydesigner.model.L7Rules;
import dev.policydesigner.model.Label;
import dev.policydesigner.model.NetworkPolicyFallback;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.PolicyFile;
import dev.policydesigner.model.PolicySubject;
import dev.policydesigner.model.PortRange;
import dev.policydesigner.model.Position;
import dev.policydesigner.model.Protocol;
import dev.policydesigner.model.Settings;
import dev.policydesigner.model.Workload;
import dev.policydesigner.model.WorkloadPort;
import dev.policydesigner.model.example.Examples;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PolicyDeriverTest {
  private final PolicyDeriver deriver = new PolicyDeriver();

  private static Workload workload(String id, String condition, WorkloadPort... ports) {
    return new Workload(
        id,
        id,
        KindHint.APP,
        "ns-" + id,
        List.of(new Label("app", id)),
        List.of(ports),
        condition,
        Position.ORIGIN);
  }

  private static final Workload KUBE_DNS =
      new Workload(
          "kube-dns",
          "kube-dns",
          KindHint.DNS,
          "kube-system",
          PolicyDeriver.KUBE_DNS_LABELS,
          List.of(),
          null,
          Position.ORIGIN);

  private static Diagram diagram(List<Node> nodes, List<Flow> flows, String... subjects) {
    List<PolicySubject> list = new ArrayList<>();
    for (String s : subjects) {
      list.add(new PolicySubject(s, s, s, "", "", NetworkPolicyFallback.NONE));
    }
    PolicyFile file =
        new PolicyFile("t/policy.yaml.j2", Guard.ALWAYS, DefaultDenyStyle.IF_BLOCK, list, null);
    return new Diagram("t", "", nodes, flows, List.of(file), Settings.DEFAULT);
  }

  private CiliumPolicy policyOf(Diagram diagram, String subject) {
    for (DerivedPolicy p : deriver.derive(diagram).get(0).policies()) {
      if (p.cilium().subject().workloadId().equals(subject)) {
        return p.cilium();
      }
    }
    throw new AssertionError("no policy for " + subject);
  }

  @Test
  void derivesIngressOnDestinationAndEgressOnSource() {
    Diagram d =
        diagram(
            List.of(workload("a", null), workload("b", null)),
            List.of(Flow.of("f", "a", "b", List.of(PortRange.tcp(80)), "a calls b")),
            "a",
            "b");

    CiliumPolicy a = policyOf(d, "a");
    CiliumPolicy b = policyOf(d, "b");
    assertEquals(List.of(), a.ingress());
    assertEquals(1, a.egress().size());
    assertEquals(
        new Peer.Endpoints("b", "ns-b", List.of(new Label("app", "b"))), a.egress().get(0).peer());
    assertEquals(List.of(), b.egress());
    assertEquals(1, b.ingress().size());
    assertEquals(
        new Peer.Endpoints("a", "ns-a", List.of(new Label("app", "a"))), b.ingress().get(0).peer());
    assertEquals("f", b.ingress().get(0).flowId());
  }

  @Test
  void guardsARuleWithTheFlowConditionAndThePeersCondition() {
    Flow flow =
        new Flow("f", "a", "b", List.of(PortRange.tcp(80)), L7Rules.NONE, "flow_on", "text", null);
    Diagram d =
        diagram(List.of(workload("a", "a_on"), workload("b", "b_on")), List.of(flow), "a", "b");

    assertEquals(Guard.of("flow_on", "a_on"), policyOf(d, "b").ingress().get(0).guard());
    assertEquals(Guard.of("flow_on", "b_on"), policyOf(d, "a").egress().get(0).guard());
  }

  @Test
  void usesTheContainerPortBehindAServicePortOnBothSides() {
    Workload b = workload("b", null, new WorkloadPort(8081, Protocol.TCP, "http", 80));
    Diagram d =
        diagram(
            List.of(workload("a", null), b),
            List.of(
                Flow.of("f", "a", "b", List.of(PortRange.tcp(80), PortRange.tcp(9000)), "call")),
            "a",
            "b");

    List<PortRange> expected = List.of(PortRange.tcp(8081), PortRange.tcp(9000));
    assertEquals(expected, policyOf(d, "b").ingress().get(0).ports());
    assertEquals(expected, policyOf(d, "a").egress().get(0).ports());
  }

  @Test
  void addsADnsRuleWithDnsInspectionForFqdnEgress() {
    FqdnNode api =
        new FqdnNode("api", "api", List.of(FqdnSelector.name("api.example.org")), Position.ORIGIN);
    Flow flow =
        new Flow("f", "a", "api", List.of(PortRange.tcp(443)), L7Rules.NONE, "api_on", "api", null);
    Diagram d = diagram(List.of(workload("a", null), api), List.of(flow), "a");

    List<Rule> egress = policyOf(d, "a").egress();
    assertEquals(2, egress.size());
    Rule dns = egress.get(0);
    assertNull(dns.flowId());
    assertTrue(PolicyDeriver.isDnsRule(dns));
    assertEquals(List.of(FqdnSelector.pattern("*")), dns.l7().dns());
    assertEquals(Guard.of("api_on"), dns.guard());
    assertEquals(new Peer.Fqdns("api", api.selectors()), egress.get(1).peer());
  }

  @Test
  void attachesDnsInspectionToAnExistingDnsFlow() {
    FqdnNode api =
        new FqdnNode("api", "api", List.of(FqdnSelector.pattern("*.example.org")), Position.ORIGIN);
    Diagram d =
        diagram(
            List.of(workload("a", null), api, KUBE_DNS),
            List.of(
                Flow.of(
                    "dns", "a", "kube-dns", List.of(PortRange.udp(53), PortRange.tcp(53)), "DNS"),
                Flow.of("f", "a", "api", List.of(PortRange.tcp(443)), "api")),
            "a");

    List<Rule> egress = policyOf(d, "a").egress();
    assertEquals(2, egress.size());
    assertEquals("dns", egress.get(0).flowId());
    assertEquals(List.of(FqdnSelector.pattern("*")), egress.get(0).l7().dns());
    assertEquals(List.of(PortRange.udp(53), PortRange.tcp(53)), egress.get(0).ports());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("dnsFlowsWithMoreThanPort53")
  void keepsTheOtherPortsOfADnsFlowWhenAddingDnsInspection(List<PortRange> ports) {
    FqdnNode api =
        new FqdnNode("api", "api", List.of(FqdnSelector.pattern("*.example.org")), Position.ORIGIN);
    Diagram d =
        diagram(
            List.of(workload("a", null), api, KUBE_DNS),
            List.of(
                Flow.of("dns", "a", "kube-dns", ports, "DNS"),
                Flow.of("f", "a", "api", List.of(PortRange.tcp(443)), "api")),
            "a");

    List<Rule> egress = policyOf(d, "a").egress();
    assertEquals(3, egress.size());
    assertEquals(List.of(FqdnSelector.pattern("*")), egress.get(0).l7().dns());
    assertEquals(List.of(PortRange.udp(53), PortRange.tcp(53)), egress.get(0).ports());
    assertEquals("dns", egress.get(1).flowId());
    assertEquals(ports, egress.get(1).ports());
    assertTrue(egress.get(1).l7().isEmpty());
  }

  static List<List<PortRange>> dnsFlowsWithMoreThanPort53() {
    return List.of(
        List.of(),
        List.of(PortRange.udp(53), PortRange.tcp(8080)),
        List.of(new PortRange(50, 60, Protocol.ANY)));
  }

  @Test
  void derivesNoRulesForWorkloadsThatAreNotSubjects() {
    Diagram d =
        diagram(
            List.of(workload("a", null), workload("b", null), workload("c", null)),
            List.of(
                Flow.of("ab", "a", "b", List.of(PortRange.tcp(1)), "ab"),
                Flow.of("bc", "b", "c", List.of(PortRange.tcp(2)), "bc")),
            "c");

    List<DerivedPolicy> policies = deriver.derive(d).get(0).policies();
    assertEquals(1, policies.size());
    CiliumPolicy c = policies.get(0).cilium();
    assertEquals(List.of("bc"), c.ingress().stream().map(Rule::flowId).toList());
    assertEquals(List.of(), c.egress());
  }

  @Test
  void skipsIngressFromFqdnsAndSubjectsWithoutAWorkload() {
    FqdnNode api =
        new FqdnNode("api", "api", List.of(FqdnSelector.name("api.example.org")), Position.ORIGIN);
    Diagram d =
        diagram(
            List.of(workload("a", null), api),
            List.of(Flow.of("f", "api", "a", List.of(PortRange.tcp(1)), "in")),
            "a",
            "missing");

    List<DerivedPolicy> policies = deriver.derive(d).get(0).policies();
    assertEquals(1, policies.size());
    assertEquals(List.of(), policies.get(0).cilium().ingress());
  }

  @Test
  void derivesEqualResultsEveryTime() {
    for (Diagram d : List.of(Examples.hubble(), Examples.rustfs())) {
      assertEquals(deriver.derive(d), new PolicyDeriver().derive(d));
    }
  }

  @Test
  void followsTheFlowOrderInEachDirection() {
    CiliumPolicy relay = deriver.derive(Examples.hubble()).get(0).policies().get(1).cilium();
    assertEquals(
        List.of("hubble-ui-to-hubble-relay", "prometheus-to-hubble-relay"),
        relay.ingress().stream().map(Rule::flowId).toList());
    assertEquals(
        List.of("hubble-relay-to-kube-dns", "hubble-relay-to-cilium-agents"),
        relay.egress().stream().map(Rule::flowId).toList());
  }
}
