package dev.policydesigner.model.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.model.check.Problem;
import dev.policydesigner.model.check.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyReaderTest {
  @Test
  void reportsWhatItCannotReadWithFileAndLine() {
    PolicySet set =
        PolicyReader.read(
            PolicyDocuments.parse(
                "templates/a.yaml.j2",
                """
                apiVersion: cilium.io/v2
                kind: CiliumNetworkPolicy
                metadata: {name: a, namespace: x}
                spec:
                  endpointSelector: {matchLabels: {app: a}}
                  egress:
                    - toEntities: [moon]
                    - toCIDRSet: [{cidrGroupRef: corp}]
                    - toEndpoints:
                        - matchExpressions: [{key: app, operator: Near, values: [a]}]
                """));
    List<String> problems = set.problems().stream().map(Problem::toString).toList();
    assertEquals(3, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith("templates/a.yaml.j2:7: unknown entity 'moon'"));
    assertTrue(problems.get(1).startsWith("templates/a.yaml.j2:8: a CIDR set entry without cidr"));
    assertTrue(problems.get(2).startsWith("templates/a.yaml.j2:10: matchExpressions entry"));
    for (Problem p : set.problems()) {
      assertEquals(Severity.WARNING, p.severity(), p.toString());
      assertEquals(PolicySet.UNREAD, p.code(), p.toString());
    }
    assertEquals("templates/a.yaml.j2:7", set.problems().get(0).where());
  }

  @Test
  void readsSpecsListsAndSkipsOtherKinds() {
    PolicySet set =
        PolicyReader.read(
            PolicyDocuments.parse(
                "p.yaml",
                """
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: c}
                ---
                apiVersion: cilium.io/v2
                kind: CiliumNetworkPolicy
                metadata: {name: two}
                specs:
                  - endpointSelector: {matchLabels: {app: a}}
                    ingress: [{}]
                  - endpointSelector: {matchLabels: {app: b}}
                    ingress: [{}]
                """));
    assertEquals(2, set.size());
    assertEquals(1, set.refs().size());
    assertEquals("default", set.refs().get(0).namespace());
    assertEquals("p.yaml:5", set.refs().get(0).location());
  }
}
