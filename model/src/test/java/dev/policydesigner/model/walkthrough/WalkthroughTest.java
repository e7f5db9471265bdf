package dev.policydesigner.model.walkthrough;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.derive.Direction;
import dev.policydesigner.model.example.Examples;
import dev.policydesigner.model.walkthrough.Walkthrough.Order;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WalkthroughTest {
  private static final String HUBBLE_FILE =
      "templates/config/kubernetes/apps/kube-system/network-policies/app/hubble-ui.yaml.j2";

  static Stream<Arguments> hubbleSteps() {
    return Stream.of(
        Arguments.of(
            "gateway-to-hubble-ui",
            "Envoy Gateway internal → Hubble UI",
            "ingress rule in `hubble-ui` (Envoy Gateway internal is not a policy subject),"
                + " TCP 8081, only when `hubble_enabled`"),
        Arguments.of(
            "hubble-ui-to-kube-dns",
            "Hubble UI → kube-dns",
            "egress rule in `hubble-ui` (kube-dns is not a policy subject), UDP+TCP 53,"
                + " only when `hubble_enabled`"),
        Arguments.of(
            "hubble-ui-to-hubble-relay",
            "Hubble UI → Hubble Relay",
            "egress rule in `hubble-ui`, ingress rule in `hubble-relay`, TCP 4245,"
                + " only when `hubble_enabled`"),
        Arguments.of(
            "prometheus-to-hubble-relay",
            "Prometheus → Hubble Relay",
            "ingress rule in `hubble-relay` (Prometheus is not a policy subject), TCP 9966,"
                + " only when `monitoring_enabled and hubble_enabled`"),
        Arguments.of(
            "hubble-relay-to-kube-dns",
            "Hubble Relay → kube-dns",
            "egress rule in `hubble-relay` (kube-dns is not a policy subject), UDP+TCP 53,"
                + " only when `hubble_enabled`"),
        Arguments.of(
            "hubble-relay-to-cilium-agents",
            "Hubble Relay → Cilium agents",
            "egress rule in `hubble-relay` (Cilium agents is an entity: no policy), TCP 4244,"
                + " only when `hubble_enabled`"));
  }

  @ParameterizedTest
  @MethodSource("hubbleSteps")
  void narratesEachHubbleFlowInPlainEnglish(String flowId, String title, String narration) {
    WalkthroughStep step = stepOf(Walkthrough.of(Examples.hubble(), Order.DIAGRAM), flowId);

    assertEquals(title, step.title());
    assertEquals(narration, step.narration());
    assertEquals(Examples.hubble().flow(flowId).orElseThrow().description(), step.description());
  }

  @Test
  void visitsTheHubbleFlowsInDiagramOrderNumberedFromOne() {
    List<WalkthroughStep> steps = Walkthrough.of(Examples.hubble(), Order.DIAGRAM).steps();

    assertEquals(
        hubbleSteps().map(a -> (String) a.get()[0]).toList(),
        steps.stream().map(WalkthroughStep::flowId).toList());
    for (int i = 0; i < steps.size(); i++) {
      assertEquals(i + 1, steps.get(i).index());
      assertEquals(6, steps.get(i).total());
    }
    assertEquals("3 / 6", steps.get(2).progress());
  }

  @Test
  void visitsEachSubjectsIngressThenEgressFlowsOncePerSubjectOrder() {
    Diagram hubble = Examples.hubble();
    List<Flow> reversed = new ArrayList<>(hubble.flows());
    Collections.reverse(reversed);
    Diagram diagram = hubble.withFlows(reversed);

    List<String> ids =
        Walkthrough.of(diagram, Order.PER_SUBJECT).steps().stream()
            .map(WalkthroughStep::flowId)
            .toList();

    assertEquals(
        List.of(
            "gateway-to-hubble-ui",
            "hubble-ui-to-hubble-relay",
            "hubble-ui-to-kube-dns",
            "prometheus-to-hubble-relay",
            "hubble-relay-to-cilium-agents",
            "hubble-relay-to-kube-dns"),
        ids);
  }

  @ParameterizedTest
  @MethodSource("hubbleSteps")
  void narratesTheSameInBothOrders(String flowId, String title, String narration) {
    WalkthroughStep step = stepOf(Walkthrough.of(Examples.hubble(), Order.PER_SUBJECT), flowId);

    assertEquals(narration, step.narration());
  }

  @Test
  void locatesTheRulesEgressFirst() {
    WalkthroughStep step =
        stepOf(Walkthrough.of(Examples.hubble(), Order.DIAGRAM), "hubble-ui-to-hubble-relay");

    assertEquals(
        List.of(
            new RuleLocation(HUBBLE_FILE, "hubble-ui", Direction.EGRESS),
            new RuleLocation(HUBBLE_FILE, "hubble-relay", Direction.INGRESS)),
        step.rules());
  }

  @Test
  void placesFlowsThatTouchNoSubjectAfterTheSubjectsFlows() {
    Diagram hubble = Examples.hubble();
    List<Flow> flows = new ArrayList<>();
    flows.add(Flow.of("prometheus-dns", "prometheus", "kube-dns", List.of(), "DNS"));
    flows.addAll(hubble.flows());

    List<WalkthroughStep> steps =
        Walkthrough.of(hubble.withFlows(flows), Order.PER_SUBJECT).steps();

    WalkthroughStep last = steps.get(steps.size() - 1);
    assertEquals("prometheus-dns", last.flowId());
    assertEquals(
        "no policy: Prometheus is not a policy subject and kube-dns is not a policy subject,"
            + " all ports",
        last.narration());
    assertEquals(List.of(), last.rules());
  }

  static Stream<Arguments> rustfsSteps() {
    return Stream.of(
        Arguments.of(
            "loki-to-rustfs",
            "ingress rule in `rustfs` (Loki is not a policy subject), TCP 9000,"
                + " only when `loki_enabled and rustfs_enabled`"),
        Arguments.of(
            "dragonfly-to-rustfs",
            "ingress rule in `rustfs` (Dragonfly is not a policy subject), TCP 9000,"
                + " only when `dragonfly_backup_enabled and rustfs_enabled`"),
        Arguments.of(
            "rustfs-to-kube-dns",
            "egress rule in `rustfs` (kube-dns is not a policy subject), UDP+TCP 53,"
                + " only when `rustfs_enabled`"));
  }

  @ParameterizedTest
  @MethodSource("rustfsSteps")
  void joinsFlowPeerAndFileConditionsWithoutDefaultFalse(String flowId, String narration) {
    WalkthroughStep step = stepOf(Walkthrough.of(Examples.rustfs(), Order.DIAGRAM), flowId);

    assertEquals(narration, step.narration());
  }

  @Test
  void namesEveryPolicyFileAndKeepsNarrationsStableAcrossRuns() {
    Map<String, String> first = narrations(Walkthrough.of(Examples.rustfs(), Order.DIAGRAM));
    Map<String, String> second = narrations(Walkthrough.of(Examples.rustfs(), Order.DIAGRAM));

    assertEquals(first, second);
    assertEquals(Examples.rustfs().flows().size(), first.size());
  }

  private static Map<String, String> narrations(Walkthrough w) {
    Map<String, String> map = new java.util.LinkedHashMap<>();
    w.steps().forEach(s -> map.put(s.flowId(), s.narration()));
    return map;
  }

  static WalkthroughStep stepOf(Walkthrough walkthrough, String flowId) {
    return walkthrough.steps().stream()
        .filter(s -> s.flowId().equals(flowId))
        .findFirst()
        .orElseThrow();
  }
}
