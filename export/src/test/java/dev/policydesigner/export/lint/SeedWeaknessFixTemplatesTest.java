package dev.policydesigner.export.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.policydesigner.export.engine.CheckoutPolicies;
import dev.policydesigner.export.engine.RenderedChecks;
import dev.policydesigner.export.template.TemplateWriter;
import dev.policydesigner.export.testing.CiliumSchema;
import dev.policydesigner.export.testing.MakejinjaOracle.Render;
import dev.policydesigner.export.testing.TemplateRenders;
import dev.policydesigner.export.testing.YamlDocs;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.check.Problem;
import dev.policydesigner.model.derive.PolicyDeriver;
import dev.policydesigner.model.example.Examples;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quick fixes of the seed's two known weaknesses change the rendered policies exactly as
 * intended and nothing else, and the result still validates against the CRD schema.
 */
class SeedWeaknessFixTemplatesTest {
  @TempDir Path dir;

  private static Diagram fixed(Diagram d, String code) {
    Problem finding =
        RenderedChecks.all(d, CheckoutPolicies.none()).stream()
            .filter(f -> f.code().equals(code))
            .findFirst()
            .orElseThrow(() -> new AssertionError(code + " is reported"));
    return finding.fix().orElseThrow().apply(d);
  }

  private Render render(Diagram d, Map<String, Object> values) {
    String text = new TemplateWriter().write(new PolicyDeriver().derive(d).get(0));
    return new TemplateRenders(dir).render(text, values);
  }

  private static Map<String, Object> values(String mode, String... flags) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("network_policies_enabled", true);
    values.put("network_policies_mode", mode);
    for (String f : flags) {
      values.put(f, true);
    }
    return values;
  }

  @Test
  void relayEgressToTheAgentsGainsRemoteNodeAndNothingElseChanges() {
    Diagram before = Examples.hubble();
    Diagram after = fixed(before, "host-without-remote-node");
    for (String mode : List.of("audit", "enforce")) {
      Map<String, Object> values = values(mode, "hubble_enabled", "monitoring_enabled");
      List<Object> expected = withRemoteNode(render(before, values).documents());
      List<Object> actual = render(after, values).documents();
      CiliumSchema.load().assertAllValid(actual, "fixed hubble, " + mode);
      YamlDocs.assertEquivalent(expected, actual, "fixed hubble, " + mode);
    }
  }

  @Test
  void rustfsNetworkPolicyDisappearsInAuditModeAndStaysInEnforceMode() {
    Diagram before = Examples.rustfs();
    Diagram after = fixed(before, "netpol-defeats-audit");
    String[] flags = {
      "rustfs_enabled",
      "loki_enabled",
      "dragonfly_backup_enabled",
      "keycloak_backup_enabled",
      "litellm_backup_enabled",
      "langfuse_backup_enabled",
      "langfuse_enabled",
      "rustfs_monitoring_enabled"
    };
    Map<String, Object> audit = values("audit", flags);
    List<Object> auditBefore = render(before, audit).documents();
    List<Object> auditAfter = render(after, audit).documents();
    List<Object> withoutNetworkPolicy = new ArrayList<>(auditBefore);
    withoutNetworkPolicy.removeIf(d -> "NetworkPolicy".equals(((Map<?, ?>) d).get("kind")));
    assertEquals(auditBefore.size() - 1, withoutNetworkPolicy.size(), "one NetworkPolicy before");
    YamlDocs.assertEquivalent(withoutNetworkPolicy, auditAfter, "fixed rustfs, audit");
    CiliumSchema.load().assertAllValid(auditAfter, "fixed rustfs, audit");

    Map<String, Object> enforce = values("enforce", flags);
    YamlDocs.assertEquivalent(
        render(before, enforce).documents(), render(after, enforce).documents(), "enforce");
  }

  /** The expected documents: the relay's {@code toEntities: [host]} becomes host + remote-node. */
  @SuppressWarnings("unchecked")
  private static List<Object> withRemoteNode(List<Object> documents) {
    int changed = 0;
    for (Object doc : documents) {
      Map<String, Object> spec = (Map<String, Object>) ((Map<String, Object>) doc).get("spec");
      Object egress = spec == null ? null : spec.get("egress");
      if (!(egress instanceof List<?> rules)) {
        continue;
      }
      for (Object rule : rules) {
        Map<String, Object> r = (Map<String, Object>) rule;
        if (List.of("host").equals(r.get("toEntities"))) {
          r.put("toEntities", new ArrayList<>(List.of("host", "remote-node")));
          changed++;
        }
      }
    }
    assertEquals(1, changed, "exactly the relay's egress to the agents uses host alone");
    return documents;
  }
}
