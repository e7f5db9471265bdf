package dev.policydesigner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class VerbatimBlockTest {
  private static VerbatimBlock spec(String text) {
    return new VerbatimBlock("web", VerbatimSection.SPEC, null, Guard.ALWAYS, text, 12);
  }

  @Test
  void anIngressOrEgressKeyAfterItsCommentIsARuleSection() {
    assertEquals("ingress", spec("  #| nobody may connect #|\n  ingress: []\n").ruleSection());
    assertEquals("egress", spec("  egress:\n    - {}\n").ruleSection());
  }

  @Test
  void deniesAndOtherKeysAreNoRuleSection() {
    assertNull(spec("  ingressDeny:\n    - fromEntities: [world]\n").ruleSection());
    assertNull(spec("  labels:\n    - key: egress\n").ruleSection());
  }
}
