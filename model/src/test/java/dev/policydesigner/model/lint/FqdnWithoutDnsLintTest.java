package dev.policydesigner.model.lint;

import static dev.policydesigner.model.lint.LintFixtures.diagram;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.FqdnNode;
import dev.policydesigner.model.FqdnSelector;
import dev.policydesigner.model.L7Rules;
import dev.policydesigner.model.PortRange;
import dev.policydesigner.model.check.Problem;
import dev.policydesigner.model.derive.CiliumPolicy;
import dev.policydesigner.model.derive.DerivedFile;
import dev.policydesigner.model.derive.DerivedPolicy;
import dev.policydesigner.model.derive.PolicyDeriver;
import dev.policydesigner.model.derive.Rule;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FqdnWithoutDnsLintTest {
  private static final FqdnNode API =
      new FqdnNode("api", "API", List.of(FqdnSelector.name("api.example.org")), LintFixtures.AT);

  private final Diagram diagram =
      diagram(List.of(API), List.of(Flow.of("f", "web", "api", List.of(PortRange.tcp(443)), "x")));

  @Test
  void derivedPoliciesAlwaysCarryTheDnsRuleTheirFqdnsNeed() {
    assertTrue(new FqdnWithoutDnsLint().check(diagram).isEmpty());
  }

  @Test
  void flagsAPolicyWhoseDnsRuleHasNoDnsL7Rule() {
    DerivedFile derived = new PolicyDeriver().derive(diagram).get(0);
    CiliumPolicy p = derived.policies().get(0).cilium();
    List<Rule> withoutL7 =
        p.egress().stream()
            .map(
                r ->
                    PolicyDeriver.isDnsRule(r)
                        ? new Rule(r.flowId(), r.peer(), r.ports(), L7Rules.NONE, r.guard(), "")
                        : r)
            .toList();
    CiliumPolicy broken = new CiliumPolicy(p.subject(), p.workload(), p.ingress(), withoutL7);
    DerivedFile imported =
        new DerivedFile(
            derived.file(),
            derived.settings(),
            List.of(new DerivedPolicy(broken, Optional.empty())));
    List<Problem> findings = new FqdnWithoutDnsLint().check(List.of(imported));
    assertEquals(1, findings.size());
    assertEquals("web", findings.get(0).policy());
    assertEquals(LintFixtures.FILE, findings.get(0).file());
  }
}
