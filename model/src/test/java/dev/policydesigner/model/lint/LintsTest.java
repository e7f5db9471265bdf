package dev.policydesigner.model.lint;

import static dev.policydesigner.model.lint.LintFixtures.diagram;
import static dev.policydesigner.model.lint.LintFixtures.workload;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.model.DefaultDenyStyle;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.FqdnNode;
import dev.policydesigner.model.FqdnSelector;
import dev.policydesigner.model.KindHint;
import dev.policydesigner.model.Label;
import dev.policydesigner.model.NetworkPolicyFallback;
import dev.policydesigner.model.PortRange;
import dev.policydesigner.model.Protocol;
import dev.policydesigner.model.Workload;
import dev.policydesigner.model.WorkloadPort;
import dev.policydesigner.model.check.Problem;
import dev.policydesigner.model.check.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each lint fires on a diagram with its mistake and stays quiet on the corrected one. */
class LintsTest {
  private static final List<PortRange> HTTPS = List.of(PortRange.tcp(443));

  private static List<Problem> run(Lint lint, Diagram d) {
    List<Problem> findings = lint.check(d);
    findings.forEach(f -> assertEquals(lint.code(), f.code()));
    return findings;
  }

  @Test
  void defaultDenyFalseIsNotAuditInformsOnFilesWithAnAuditBranch() {
    for (DefaultDenyStyle style : List.of(DefaultDenyStyle.IF_BLOCK, DefaultDenyStyle.INLINE)) {
      Diagram d = diagram(List.of(), List.of(), style, NetworkPolicyFallback.NONE);
      List<Problem> findings = run(new DefaultDenyFalseIsNotAuditLint(), d);
      assertEquals(1, findings.size());
      assertEquals(Severity.INFO, findings.get(0).severity());
      assertTrue(findings.get(0).message().contains("policy-audit-mode"));
    }
  }

  @Test
  void defaultDenyFalseIsNotAuditIsQuietWithoutEnableDefaultDeny() {
    Diagram d = diagram(List.of(), List.of(), DefaultDenyStyle.NONE, NetworkPolicyFallback.NONE);
    assertTrue(run(new DefaultDenyFalseIsNotAuditLint(), d).isEmpty());
  }

  @Test
  void servicePortFlagsAFlowToAServicePortAndItsFixUsesTheContainerPort() {
    Workload ui =
        workload("ui", KindHint.UI, "shop", "app", "ui")
            .withPorts(List.of(new WorkloadPort(8081, Protocol.TCP, "http", 80)));
    Diagram d =
        diagram(List.of(ui), List.of(Flow.of("f", "web", "ui", List.of(PortRange.tcp(80)), "x")));
    List<Problem> findings = run(new ServicePortLint(), d);
    assertEquals(1, findings.size());
    Diagram fixed = findings.get(0).fix().orElseThrow().apply(d);
    assertEquals(List.of(PortRange.tcp(8081)), fixed.flow("f").orElseThrow().ports());
    assertTrue(run(new ServicePortLint(), fixed).isEmpty());
  }

  @Test
  void servicePortIgnoresAPortThatIsAlsoAContainerPort() {
    Workload ui =
        workload("ui", KindHint.UI, "shop", "app", "ui")
            .withPorts(
                List.of(
                    new WorkloadPort(80, Protocol.TCP, "plain", null),
                    new WorkloadPort(8081, Protocol.TCP, "http", 80)));
    Diagram d =
        diagram(List.of(ui), List.of(Flow.of("f", "web", "ui", List.of(PortRange.tcp(80)), "x")));
    assertTrue(run(new ServicePortLint(), d).isEmpty());
  }

  @Test
  void unmatchedSelectorFlagsAGatewayWithoutTheGatewayNameLabelAndFixesTheEnvoyKey() {
    Workload gw =
        workload(
            "gw",
            KindHint.GATEWAY,
            "network",
            UnmatchedSelectorLint.ENVOY_OWNING_GATEWAY,
            "internal");
    Diagram d = diagram(List.of(gw), List.of(Flow.of("f", "gw", "web", HTTPS, "x")));
    List<Problem> findings = run(new UnmatchedSelectorLint(), d);
    assertEquals(1, findings.size());
    assertEquals("gw", findings.get(0).nodeId());
    Diagram fixed = findings.get(0).fix().orElseThrow().apply(d);
    assertEquals(
        List.of(new Label(UnmatchedSelectorLint.GATEWAY_LABEL, "internal")),
        fixed.workload("gw").orElseThrow().labels());
    assertTrue(run(new UnmatchedSelectorLint(), fixed).isEmpty());
  }

  @Test
  void unmatchedSelectorFlagsADnsPeerOutsideKubeDns() {
    Workload dns = workload("dns", KindHint.DNS, "default", "app", "dns");
    Diagram d = diagram(List.of(dns), List.of(Flow.of("f", "web", "dns", HTTPS, "x")));
    List<Problem> findings = run(new UnmatchedSelectorLint(), d);
    assertEquals(1, findings.size());
    Diagram fixed = findings.get(0).fix().orElseThrow().apply(d);
    assertTrue(run(new UnmatchedSelectorLint(), fixed).isEmpty());
  }

  @Test
  void unmatchedSelectorIgnoresWellLabelledPeersAndNodesOfNoPolicy() {
    Workload gw =
        workload("gw", KindHint.GATEWAY, "network", UnmatchedSelectorLint.GATEWAY_LABEL, "a");
    Workload lone = workload("lone", KindHint.GATEWAY, "network", "app", "lone");
    Diagram d = diagram(List.of(gw, lone), List.of(Flow.of("f", "gw", "web", HTTPS, "x")));
    assertTrue(run(new UnmatchedSelectorLint(), d).isEmpty());
  }

  @Test
  void duplicateSelectorFlagsTwoWorkloadsWithTheSameSelector() {
    Workload a = workload("a", KindHint.APP, "shop", "app", "x");
    Workload b = workload("b", KindHint.APP, "shop", "app", "x");
    assertEquals(1, run(new DuplicateSelectorLint(), diagram(List.of(a, b), List.of())).size());
    Workload c = workload("c", KindHint.APP, "other", "app", "x");
    assertTrue(run(new DuplicateSelectorLint(), diagram(List.of(a, c), List.of())).isEmpty());
  }

  @Test
  void fqdnIngressFlagsAFlowFromAnFqdn() {
    FqdnNode api =
        new FqdnNode("api", "API", List.of(FqdnSelector.name("api.example.org")), LintFixtures.AT);
    Diagram from = diagram(List.of(api), List.of(Flow.of("f", "api", "web", HTTPS, "x")));
    List<Problem> findings = run(new FqdnIngressLint(), from);
    assertEquals(1, findings.size());
    assertEquals(Severity.ERROR, findings.get(0).severity());
    Diagram to = diagram(List.of(api), List.of(Flow.of("f", "web", "api", HTTPS, "x")));
    assertTrue(run(new FqdnIngressLint(), to).isEmpty());
  }

  @Test
  void duplicateRuleFlagsTheRepeatedFlowAndItsFixRemovesIt() {
    Workload db = workload("db", KindHint.DATABASE, "shop", "app", "db");
    List<PortRange> both = List.of(PortRange.tcp(5432), PortRange.tcp(5433));
    List<PortRange> swapped = List.of(PortRange.tcp(5433), PortRange.tcp(5432));
    Diagram d =
        diagram(
            List.of(db),
            List.of(Flow.of("a", "web", "db", both, "x"), Flow.of("b", "web", "db", swapped, "y")));
    List<Problem> findings = run(new DuplicateRuleLint(), d);
    assertEquals(1, findings.size());
    assertEquals("b", findings.get(0).flowId());
    Diagram fixed = findings.get(0).fix().orElseThrow().apply(d);
    assertEquals(1, fixed.flows().size());
    assertTrue(run(new DuplicateRuleLint(), fixed).isEmpty());
  }

  @Test
  void duplicateRuleIgnoresFlowsThatDifferInCondition() {
    Workload db = workload("db", KindHint.DATABASE, "shop", "app", "db");
    Flow a = Flow.of("a", "web", "db", HTTPS, "x");
    Flow b = Flow.of("b", "web", "db", HTTPS, "x").withCondition("backup | default(false)");
    assertTrue(run(new DuplicateRuleLint(), diagram(List.of(db), List.of(a, b))).isEmpty());
  }

  @Test
  void coarseNetpolFlagsANamespaceFallbackBesideConditionalRulesAndItsFixMakesItPrecise() {
    Workload db = workload("db", KindHint.DATABASE, "shop", "app", "db");
    Flow guarded = Flow.of("a", "db", "web", HTTPS, "x").withCondition("db_enabled");
    Diagram d =
        diagram(
            List.of(db),
            List.of(guarded),
            DefaultDenyStyle.IF_BLOCK,
            NetworkPolicyFallback.NAMESPACE);
    List<Problem> findings = run(new CoarseNetpolLint(), d);
    assertEquals(1, findings.size());
    assertTrue(findings.get(0).message().contains("a stay allowed"), findings.get(0).message());
    Diagram fixed = findings.get(0).fix().orElseThrow().apply(d);
    assertEquals(NetworkPolicyFallback.PRECISE, fixed.subject("web").orElseThrow().fallback());
    assertTrue(run(new CoarseNetpolLint(), fixed).isEmpty());
  }

  @Test
  void coarseNetpolIgnoresANamespaceFallbackWithoutConditionalRules() {
    Workload db = workload("db", KindHint.DATABASE, "shop", "app", "db");
    Diagram d =
        diagram(
            List.of(db),
            List.of(Flow.of("a", "db", "web", HTTPS, "x")),
            DefaultDenyStyle.IF_BLOCK,
            NetworkPolicyFallback.NAMESPACE);
    assertTrue(run(new CoarseNetpolLint(), d).isEmpty());
  }
}
