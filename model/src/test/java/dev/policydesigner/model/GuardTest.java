package dev.policydesigner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GuardTest {
  @Test
  void splitsAtTopLevelAndOnly() {
    assertEquals(
        List.of("a | default(false)", "(b or c)", "d == 'x and y'"),
        Guard.parse("a | default(false) and (b or c) and d == 'x and y'").conjuncts());
  }

  @Test
  void subtractsWhatAnEnclosingGuardAlreadyEnsures() {
    Guard file =
        Guard.of("network_policies_enabled | default(false)", "hubble_enabled | default(false)");
    Guard enclosing = Guard.of("network_policies_enabled | default(false)");
    assertEquals("hubble_enabled | default(false)", file.minus(enclosing).expression());
    assertTrue(file.implies(enclosing));
    assertFalse(enclosing.implies(file));
  }

  @Test
  void parenthesisesDisjunctionsWhenJoined() {
    assertEquals("(a or b) and c", Guard.of("a or b", "c").expression());
    assertEquals("a or b", Guard.of("a or b").expression());
  }
}
