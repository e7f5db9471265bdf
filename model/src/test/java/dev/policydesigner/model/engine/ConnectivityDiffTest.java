package dev.policydesigner.model.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectivityDiffTest {
  private static final String BEFORE =
      """
      apiVersion: networking.k8s.io/v1
      kind: NetworkPolicy
      metadata: {name: db, namespace: data}
      spec:
        podSelector: {matchLabels: {app: db}}
        ingress:
          - from: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: shop}}, podSelector: {matchLabels: {app: api}}}]
            ports: [{port: 5432}]
      ---
      apiVersion: networking.k8s.io/v1
      kind: NetworkPolicy
      metadata: {name: etl, namespace: batch}
      spec:
        podSelector: {matchLabels: {app: etl}}
        policyTypes: [Egress]
        egress:
          - ports: [{port: 53, protocol: UDP}]
      """;

  private static final String AFTER =
      BEFORE
          + """
          ---
          apiVersion: networking.k8s.io/v1
          kind: NetworkPolicy
          metadata: {name: db-more, namespace: data}
          spec:
            podSelector: {matchLabels: {app: db}}
            ingress:
              - from: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: reports}}, podSelector: {matchLabels: {app: reporter}}}]
                ports: [{port: 5432}]
              - from: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: batch}}, podSelector: {matchLabels: {app: etl}}}]
                ports: [{port: 5432}]
          """;

  @Test
  void addsExactlyWhatIsNowAllowedEndToEndWithTheRuleResponsible() {
    ConnectivityDiff diff =
        ConnectivityDiff.between(PolicyDocuments.engine(BEFORE), PolicyDocuments.engine(AFTER));
    assertEquals(List.of(), diff.removed());
    assertEquals(1, diff.added().size(), diff.added().toString());
    ConnectionChange c = diff.added().get(0);
    assertEquals(Identity.pod("reports", "app", "reporter"), c.from());
    assertEquals(Identity.pod("data", "app", "db"), c.to());
    assertEquals("5432/TCP", c.ports().label());
    assertEquals("policies.yaml:25", c.rules().get(0).location());
  }

  @Test
  void theOtherWayRoundRemovesIt() {
    ConnectivityDiff diff =
        ConnectivityDiff.between(PolicyDocuments.engine(AFTER), PolicyDocuments.engine(BEFORE));
    assertEquals(List.of(), diff.added());
    assertEquals(1, diff.removed().size());
    assertTrue(diff.removed().get(0).rules().get(0).policy().name().equals("db-more"));
  }
}
