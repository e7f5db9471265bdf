package dev.policydesigner.model.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Workload;
import dev.policydesigner.model.derive.PolicyDeriver;
import org.junit.jupiter.api.Test;

class SyntheticClusterTest {
  @Test
  void generatesTheRequestedSizeDeterministically() {
    Diagram a = new SyntheticCluster(42).generate(1000, 5000);
    Diagram b = new SyntheticCluster(42).generate(1000, 5000);
    assertEquals(a, b);
    assertEquals(1000, a.nodes().stream().filter(Workload.class::isInstance).count());
    assertEquals(5000, a.flows().size());
    long guarded = a.flows().stream().filter(f -> f.condition() != null).count();
    assertTrue(
        guarded > 1000 && guarded < 2400, "about a third of the flows are guarded: " + guarded);
  }

  @Test
  void everyFlowEndsOnAKnownNodeAndEverySubjectDerives() {
    Diagram d = new SyntheticCluster(7).generate(100, 500);
    d.flows().forEach(f -> assertTrue(d.node(f.from()).isPresent() && d.node(f.to()).isPresent()));
    int policies = new PolicyDeriver().derive(d).stream().mapToInt(f -> f.policies().size()).sum();
    assertTrue(policies >= 90, "apps are subjects: " + policies);
  }
}
