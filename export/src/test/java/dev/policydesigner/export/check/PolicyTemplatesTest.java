package dev.policydesigner.export.check;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PolicyTemplatesTest {
  @Test
  void aDocumentOfAPolicyKindMakesAPolicyTemplate() {
    assertTrue(
        PolicyTemplates.isPolicy("---\napiVersion: cilium.io/v2\nkind: CiliumNetworkPolicy\n"));
    assertTrue(PolicyTemplates.isPolicy("kind: \"CiliumClusterwideNetworkPolicy\"\n"));
    assertTrue(PolicyTemplates.isPolicy("#% if x %#\nkind: NetworkPolicy # standard\n#% endif %#"));
  }

  @Test
  void aFileThatOnlyMentionsAPolicyKindIsNone() {
    assertFalse(
        PolicyTemplates.isPolicy(
            "kind: PrometheusRule\n  summary: a CiliumNetworkPolicy failed to import\n"));
    assertFalse(PolicyTemplates.isPolicy("kind: Kustomization\n# kind: NetworkPolicy\n"));
    assertFalse(PolicyTemplates.isPolicy("  kind: NetworkPolicyList\n"));
  }
}
