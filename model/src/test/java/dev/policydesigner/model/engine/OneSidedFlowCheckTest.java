package dev.policydesigner.model.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.model.check.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code one-sided-flow} on rendered documents: a rule is one-sided when the other side lets none
 * of its ports through, and the finding names the ports as the rule has them.
 */
class OneSidedFlowCheckTest {
  /** The gateway may send to the app on 8123 only; the app's own policy admits it on every port. */
  private static final String GATEWAY_TO_APP =
      """
      apiVersion: cilium.io/v2
      kind: CiliumNetworkPolicy
      metadata: {name: gateway, namespace: network}
      spec:
        endpointSelector: {matchLabels: {app: gateway}}
        egress:
          - toEndpoints:
              - matchLabels: {io.kubernetes.pod.namespace: home, app: assistant}
            toPorts:
              - ports: [{port: "8123", protocol: TCP}]
      ---
      apiVersion: networking.k8s.io/v1
      kind: NetworkPolicy
      metadata: {name: from-gateway, namespace: home}
      spec:
        podSelector: {matchLabels: {app: assistant}}
        policyTypes: [Ingress]
        ingress:
          - from:
              - namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: network}}
                podSelector: {matchLabels: {app: gateway}}
      """;

  /**
   * The app admits the whole namespace {@code network}, where every pod's egress is default-deny
   * and only the gateway may send to it.
   */
  private static final String NAMESPACE_TO_APP =
      GATEWAY_TO_APP.replace("\n          podSelector: {matchLabels: {app: gateway}}", "")
          + """
          ---
          apiVersion: cilium.io/v2
          kind: CiliumNetworkPolicy
          metadata: {name: deny-egress, namespace: network}
          spec:
            endpointSelector: {}
            enableDefaultDeny: {egress: true}
            egress:
              - toEntities: [kube-apiserver]
          """;

  private static List<Problem> oneSided(String yaml) {
    return new OneSidedFlowCheck(PolicyDocuments.engine(yaml)).check();
  }

  @Test
  void aRuleForEveryPortIsNotOneSidedWhenThePeerSendsOnOneOfThem() {
    assertEquals(List.of(), oneSided(GATEWAY_TO_APP));
  }

  @Test
  void aRuleForEveryPortWhosePeerSendsOnNoneIsOneSidedOnAnyPort() {
    String yaml = GATEWAY_TO_APP.replace("home, app: assistant}", "home, app: other}");
    List<Problem> findings = oneSided(yaml);
    assertEquals(1, findings.size(), findings.toString());
    String message = findings.get(0).message();
    assertTrue(
        message.startsWith("NetworkPolicy home/from-gateway ingress rule allows pod network/"),
        message);
    assertTrue(message.contains(" on any port, but the other side does not: for pod "), message);
    assertTrue(
        message.contains("egress is default-deny; no egress rule admits pod home/"), message);
    assertTrue(message.endsWith(" on any port. The traffic is dropped; allow it on both sides."));
    assertFalse(message.contains("1/TCP"), message);
    assertFalse(message.contains("egress of"), message);
  }

  @Test
  void aRuleOnOnePortThePeerDoesNotAllowNamesThatPortAndTheSideOnce() {
    String yaml =
        GATEWAY_TO_APP.replace(
            "podSelector: {matchLabels: {app: gateway}}",
            "podSelector: {matchLabels: {app: gateway}}\n" + "      ports: [{port: 9000}]");
    List<Problem> findings = oneSided(yaml);
    assertEquals(2, findings.size(), findings.toString());
    String ingress =
        findings.stream()
            .map(Problem::message)
            .filter(m -> m.startsWith("NetworkPolicy"))
            .findFirst()
            .orElseThrow();
    assertTrue(
        ingress.contains(
            " on 9000/TCP, but the other side does not: for pod network/{app=gateway}, egress is"
                + " default-deny; no egress rule admits pod home/"),
        ingress);
    String egress =
        findings.stream()
            .map(Problem::message)
            .filter(m -> m.startsWith("CiliumNetworkPolicy"))
            .findFirst()
            .orElseThrow();
    assertTrue(egress.contains(" on 8123/TCP, but the other side does not: for pod home/"), egress);
    assertTrue(egress.contains(", ingress is default-deny; no ingress rule admits "), egress);
  }

  @Test
  void aRuleForAWholeNamespaceIsNotOneSidedWhenAPodOfItThePoliciesNameSends() {
    assertTrue(NAMESPACE_TO_APP.contains("namespaceSelector"), NAMESPACE_TO_APP);
    assertFalse(NAMESPACE_TO_APP.contains("podSelector: {matchLabels: {app: gateway}}"));
    assertEquals(List.of(), oneSided(NAMESPACE_TO_APP));
  }

  @Test
  void aRuleForAWholeNamespaceIsOneSidedWhenNoPodOfItSends() {
    String yaml = NAMESPACE_TO_APP.replace("home, app: assistant}", "home, app: other}");
    List<Problem> findings = oneSided(yaml);
    assertEquals(1, findings.size(), findings.toString());
    assertTrue(
        findings
            .get(0)
            .message()
            .startsWith(
                "NetworkPolicy home/from-gateway ingress rule allows pod in network on any port"),
        findings.toString());
  }
}
