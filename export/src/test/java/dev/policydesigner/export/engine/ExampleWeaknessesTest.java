package dev.policydesigner.export.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Entity;
import dev.policydesigner.model.check.Problem;
import dev.policydesigner.model.check.Severity;
import dev.policydesigner.model.derive.DerivedFile;
import dev.policydesigner.model.derive.DerivedPolicy;
import dev.policydesigner.model.derive.Peer;
import dev.policydesigner.model.derive.PolicyDeriver;
import dev.policydesigner.model.derive.Rule;
import dev.policydesigner.model.engine.Endpoint;
import dev.policydesigner.model.engine.EngineChecks;
import dev.policydesigner.model.engine.Identity;
import dev.policydesigner.model.engine.Mode;
import dev.policydesigner.model.engine.Outcome;
import dev.policydesigner.model.engine.Query;
import dev.policydesigner.model.engine.Traffic;
import dev.policydesigner.model.engine.Verdict;
import dev.policydesigner.model.example.Examples;
import dev.policydesigner.model.lint.CoarseNetpolLint;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seed's two known weaknesses are reported by the engine on the examples' rendered templates,
 * traced to the diagram, and their quick fixes repair only them.
 */
class ExampleWeaknessesTest {
  private static List<Problem> checks(Diagram d) {
    return RenderedChecks.all(d, CheckoutPolicies.none());
  }

  private static List<Problem> engineFindings(Diagram d, String code) {
    return RenderedChecks.of(d, CheckoutPolicies.none()).stream()
        .filter(p -> p.code().equals(code))
        .toList();
  }

  private static Problem only(List<Problem> findings, String code) {
    List<Problem> matching = findings.stream().filter(f -> f.code().equals(code)).toList();
    assertEquals(1, matching.size(), findings.toString());
    return matching.get(0);
  }

  @Test
  void reportsTheRelaysHostOnlyEgressAndFixesItWithRemoteNode() {
    Diagram hubble = Examples.hubble();
    Problem finding = only(checks(hubble), EngineChecks.HOST_WITHOUT_REMOTE_NODE);
    assertEquals("hubble-relay-to-cilium-agents", finding.flowId());
    assertEquals("hubble-relay", finding.policy());
    assertEquals("cilium-agents", finding.nodeId());
    assertTrue(finding.file().endsWith("hubble-ui.yaml.j2"), finding.where());
    assertTrue(finding.line() > 0, finding.where());

    Diagram fixed = finding.fix().orElseThrow().apply(hubble);
    assertTrue(engineFindings(fixed, EngineChecks.HOST_WITHOUT_REMOTE_NODE).isEmpty());
    Rule before = agentsRule(hubble);
    Rule after = agentsRule(fixed);
    assertEquals(List.of(Entity.HOST), ((Peer.Entities) before.peer()).entities());
    assertEquals(
        List.of(Entity.HOST, Entity.REMOTE_NODE), ((Peer.Entities) after.peer()).entities());
    assertEquals(before.ports(), after.ports());
    assertEquals(before.guard(), after.guard());
    assertEquals(before.description(), after.description());

    Query relayToAgents =
        Query.between("hubble-relay", "cilium-agents", 4244).withFlag("hubble_enabled", true);
    assertEquals(Outcome.PARTIAL, DiagramSimulator.simulate(hubble, relayToAgents).outcome());
    Verdict v = DiagramSimulator.simulate(fixed, relayToAgents);
    assertEquals(Outcome.ALLOWED, v.outcome(), v.explanation());
  }

  @Test
  void reportsRustfsNetworkPolicyInAuditModeAndFixesItToEnforceOnly() {
    Diagram rustfs = Examples.rustfs();
    Problem finding = only(checks(rustfs), EngineChecks.NETPOL_DEFEATS_AUDIT);
    assertEquals("rustfs", finding.policy());
    assertEquals("rustfs", finding.nodeId());
    assertTrue(finding.where().matches(".*networkpolicy.yaml.j2:[0-9]+"), finding.where());

    Diagram fixed = finding.fix().orElseThrow().apply(rustfs);
    assertTrue(engineFindings(fixed, EngineChecks.NETPOL_DEFEATS_AUDIT).isEmpty());
    DerivedPolicy before = derived(rustfs);
    DerivedPolicy after = derived(fixed);
    assertEquals(before.cilium().ingress(), after.cilium().ingress());
    assertEquals(before.cilium().egress(), after.cilium().egress());
    assertEquals(before.networkPolicy(), after.networkPolicy());
    assertFalse(before.cilium().subject().fallbackOnlyWhenEnforcing());
    assertTrue(after.cilium().subject().fallbackOnlyWhenEnforcing());

    Query defaultPodAudit =
        Query.of(
                Endpoint.of(Identity.pod("default", "app", "shell")),
                Endpoint.node("rustfs"),
                Traffic.tcp(9000))
            .withMode(Mode.AUDIT)
            .withFlag("rustfs_enabled", true);
    assertEquals(Outcome.DENIED, DiagramSimulator.simulate(rustfs, defaultPodAudit).outcome());
    Verdict audit = DiagramSimulator.simulate(fixed, defaultPodAudit);
    assertEquals(Outcome.ALLOWED, audit.outcome(), audit.explanation());
    Verdict enforce = DiagramSimulator.simulate(fixed, defaultPodAudit.withMode(Mode.ENFORCE));
    assertEquals(Outcome.DENIED, enforce.outcome(), enforce.explanation());
  }

  @Test
  void reportsRustfsCoarseNetworkPolicyAndFixesItSoBackupFlagsCountAgain() {
    Diagram rustfs = Examples.rustfs();
    Problem finding = only(checks(rustfs), CoarseNetpolLint.CODE);
    assertTrue(finding.message().contains("dragonfly-to-rustfs"), finding.message());
    Query dragonflyFlagOff =
        Query.between("dragonfly", "rustfs", 9000).withFlag("rustfs_enabled", true);
    assertEquals(Outcome.ALLOWED, DiagramSimulator.simulate(rustfs, dragonflyFlagOff).outcome());
    Diagram fixed = finding.fix().orElseThrow().apply(rustfs);
    Verdict v = DiagramSimulator.simulate(fixed, dragonflyFlagOff);
    assertEquals(Outcome.DENIED, v.outcome(), v.explanation());
    Verdict on =
        DiagramSimulator.simulate(
            fixed, dragonflyFlagOff.withFlag("dragonfly_backup_enabled", true));
    assertEquals(Outcome.ALLOWED, on.outcome(), on.explanation());
  }

  @Test
  void theExamplesHaveNoErrors() {
    for (Diagram d : List.of(Examples.hubble(), Examples.rustfs())) {
      List<Problem> errors =
          checks(d).stream().filter(f -> f.severity() == Severity.ERROR).toList();
      assertTrue(errors.isEmpty(), errors.toString());
    }
  }

  private static Rule agentsRule(Diagram d) {
    for (DerivedFile file : new PolicyDeriver().derive(d)) {
      for (DerivedPolicy p : file.policies()) {
        for (Rule r : p.cilium().egress()) {
          if ("hubble-relay-to-cilium-agents".equals(r.flowId())) {
            return r;
          }
        }
      }
    }
    throw new AssertionError("no rule for the relay's flow to the agents");
  }

  private static DerivedPolicy derived(Diagram d) {
    return new PolicyDeriver().derive(d).get(0).policies().get(0);
  }
}
