package dev.policydesigner.export.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.NetworkPolicyFallback;
import dev.policydesigner.model.PolicyFile;
import dev.policydesigner.model.PolicySubject;
import dev.policydesigner.model.engine.DefaultDenyCause;
import dev.policydesigner.model.engine.Endpoint;
import dev.policydesigner.model.engine.Identity;
import dev.policydesigner.model.engine.Mode;
import dev.policydesigner.model.engine.Outcome;
import dev.policydesigner.model.engine.Query;
import dev.policydesigner.model.engine.RuleSource;
import dev.policydesigner.model.engine.Traffic;
import dev.policydesigner.model.engine.Verdict;
import dev.policydesigner.model.example.Examples;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seed's validation table for RustFS (section 2.5), on the built-in example's rendered
 * templates. The example reproduces the seed, whose NetworkPolicy admits whole namespaces on 9000:
 * as Cilium adds its allows to the CiliumNetworkPolicy's, Dragonfly and the CNPG backups reach
 * RustFS:9000 even when their flags are off (the coarse-netpol lint says why); the Cilium rule of
 * each consumer follows its flag exactly, and with the precise fallback the whole answer does.
 */
class RustfsSimulationTest {
  private static final Endpoint DEFAULT_POD = Endpoint.of(Identity.pod("default", "app", "shell"));
  private final Diagram rustfs = Examples.rustfs();
  private DiagramEngine last;

  private static Query query(Endpoint from, int port) {
    return Query.of(from, Endpoint.node("rustfs"), Traffic.tcp(port))
        .withFlag("rustfs_enabled", true);
  }

  static Stream<Arguments> consumers() {
    return Stream.of(
        Arguments.of("loki", "loki_enabled"),
        Arguments.of("langfuse", "langfuse_enabled"),
        Arguments.of("dragonfly", "dragonfly_backup_enabled"),
        Arguments.of("keycloak-postgres", "keycloak_backup_enabled"),
        Arguments.of("litellm-postgresql", "litellm_backup_enabled"),
        Arguments.of("langfuse-postgresql", "langfuse_backup_enabled"));
  }

  @ParameterizedTest(name = "{0} when {1}")
  @MethodSource("consumers")
  void consumersReachS3ThroughTheCiliumRuleExactlyWhenTheirFlagIsOn(String node, String flag) {
    Query on = query(Endpoint.node(node), 9000).withFlag(flag, true);
    Verdict allowed = simulate(rustfs, on);
    assertEquals(Outcome.ALLOWED, allowed.outcome(), allowed.explanation());
    assertTrue(ciliumRuleAdmits(allowed, node), allowed.explanation());

    Verdict off = simulate(rustfs, on.withFlag(flag, false));
    assertFalse(ciliumRuleAdmits(off, node), off.explanation());
  }

  @ParameterizedTest(name = "{0} when {1}")
  @MethodSource("consumers")
  void withPreciseFallbackConsumersReachS3ExactlyWhenTheirFlagIsOn(String node, String flag) {
    Diagram precise = withFallback(NetworkPolicyFallback.PRECISE, false);
    Query on = query(Endpoint.node(node), 9000).withFlag(flag, true);
    assertTrue(simulate(precise, on).allowed());
    Verdict off = simulate(precise, on.withFlag(flag, false));
    assertEquals(Outcome.DENIED, off.outcome(), off.explanation());
  }

  @Test
  void theCoarseNetworkPolicyStillAdmitsABackupWhoseFlagIsOff() {
    Verdict v = simulate(rustfs, query(Endpoint.node("dragonfly"), 9000));
    assertEquals(Outcome.ALLOWED, v.outcome(), v.explanation());
    List<RuleSource> by = v.cases().get(0).ingress().allowedBy();
    assertEquals(1, by.size(), v.explanation());
    assertEquals("NetworkPolicy", by.get(0).policy().kind().yamlName());
    assertTrue(
        v.explanation()
            .matches(
                "(?s).*allowed by NetworkPolicy storage/rustfs ingress rule .*"
                    + "at templates/\\S+networkpolicy\\.yaml\\.j2:[0-9]+.*"),
        v.explanation());
  }

  @Test
  void theGatewayReachesTheConsole() {
    Verdict v = simulate(rustfs, query(Endpoint.node("gateway"), 9001));
    assertEquals(Outcome.ALLOWED, v.outcome(), v.explanation());
    assertTrue(ciliumRuleAdmits(v, "gateway"), v.explanation());
  }

  @Test
  void theStorageNamespaceSetupJobReachesS3() {
    Verdict v = simulate(rustfs, query(Endpoint.of(Identity.pod("storage", "job", "setup")), 9000));
    assertEquals(Outcome.ALLOWED, v.outcome(), v.explanation());
  }

  @Test
  void aPodInDefaultReachesNeitherS3NorTheConsole() {
    for (int port : List.of(9000, 9001)) {
      Verdict v = simulate(rustfs, query(DEFAULT_POD, port));
      assertEquals(Outcome.DENIED, v.outcome(), v.explanation());
    }
  }

  @Test
  void prometheusScrapesOnlyWhenRustfsMonitoringIsEnabled() {
    Query q = query(Endpoint.node("prometheus"), 9000);
    Verdict on = simulate(rustfs, q.withFlag("rustfs_monitoring_enabled", true));
    assertTrue(ciliumRuleAdmits(on, "prometheus"), on.explanation());
    Verdict off = simulate(rustfs, q);
    assertFalse(ciliumRuleAdmits(off, "prometheus"), off.explanation());
  }

  @Test
  void rustfsResolvesDns() {
    Query q =
        Query.between("rustfs", "kube-dns", 53)
            .withTraffic(Traffic.udp(53))
            .withFlag("rustfs_enabled", true);
    Verdict v = simulate(rustfs, q);
    assertEquals(Outcome.ALLOWED, v.outcome(), v.explanation());
  }

  @Test
  void inAuditModeTheNetworkPolicyStillDeniesWhatTheCiliumPolicyOnlyObserves() {
    Verdict v = simulate(rustfs, query(DEFAULT_POD, 9000).withMode(Mode.AUDIT));
    assertEquals(Outcome.DENIED, v.outcome(), v.explanation());
    List<DefaultDenyCause> denyBy = v.cases().get(0).ingress().defaultDenyBy();
    assertEquals(1, denyBy.size(), v.explanation());
    assertTrue(
        denyBy.get(0).label().startsWith("NetworkPolicy storage/rustfs"), denyBy.get(0).label());
  }

  @Test
  void withTheNetworkPolicyOnlyWhenEnforcingAuditModeAllowsAgain() {
    Diagram fixed = withFallback(NetworkPolicyFallback.NAMESPACE, true);
    Verdict audit = simulate(fixed, query(DEFAULT_POD, 9000).withMode(Mode.AUDIT));
    assertEquals(Outcome.ALLOWED, audit.outcome(), audit.explanation());
    Verdict enforce = simulate(fixed, query(DEFAULT_POD, 9000));
    assertEquals(Outcome.DENIED, enforce.outcome(), enforce.explanation());
  }

  private Verdict simulate(Diagram d, Query q) {
    last = DiagramEngine.of(d, q.mode(), q.values());
    return DiagramSimulator.simulate(last, q);
  }

  private boolean ciliumRuleAdmits(Verdict v, String fromNode) {
    return v.cases().stream()
        .flatMap(c -> c.ingress().allowedBy().stream())
        .filter(r -> r.policy().kind().yamlName().equals("CiliumNetworkPolicy"))
        .flatMap(r -> last.flowsAt(r.file(), r.line()).stream())
        .anyMatch(flow -> flow.startsWith(fromNode + "-to-"));
  }

  private Diagram withFallback(NetworkPolicyFallback fallback, boolean onlyWhenEnforcing) {
    PolicyFile file = rustfs.files().get(0);
    PolicySubject subject = file.subjects().get(0).withFallback(fallback, onlyWhenEnforcing);
    return rustfs.withFiles(List.of(file.withSubjects(List.of(subject))));
  }
}
