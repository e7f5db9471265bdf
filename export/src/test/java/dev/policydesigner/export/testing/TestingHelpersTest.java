package dev.policydesigner.export.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The helpers can fail: the schema rejects broken policies, the comparison sees differences. */
class TestingHelpersTest {
  private static Map<String, Object> policy(Object ingress) {
    return Map.of(
        "apiVersion",
        "cilium.io/v2",
        "kind",
        "CiliumNetworkPolicy",
        "metadata",
        Map.of("name", "app", "namespace", "apps"),
        "spec",
        Map.of("endpointSelector", Map.of(), "ingress", ingress));
  }

  private static Map<String, Object> rule(Object port) {
    return Map.of(
        "fromEntities",
        List.of("cluster"),
        "toPorts",
        List.of(Map.of("ports", List.of(Map.of("port", port, "protocol", "TCP")))));
  }

  @Test
  void schemaAcceptsAValidPolicyAndRejectsAnIntegerPort() {
    assertEquals(List.of(), CiliumSchema.load().errors(policy(List.of(rule("53")))));
    assertFalse(CiliumSchema.load().errors(policy(List.of(rule(53)))).isEmpty());
  }

  @Test
  void schemaRejectsAnUnknownKey() {
    Map<String, Object> bad = Map.of("fromEntity", List.of("cluster"));
    assertThrows(
        AssertionError.class, () -> CiliumSchema.load().assertValid(policy(List.of(bad)), "test"));
  }

  @Test
  void comparisonIgnoresListOrderButNothingElse() {
    Object a = policy(List.of(rule("1"), rule("2")));
    Object b = policy(List.of(rule("2"), rule("1")));
    YamlDocs.assertEquivalent(List.of(a), List.of(b), "reordered");
    Object c = policy(List.of(rule("2"), rule("3")));
    assertThrows(
        AssertionError.class, () -> YamlDocs.assertEquivalent(List.of(a), List.of(c), "changed"));
  }

  @Test
  void oracleReportsAnEmptyRender() throws Exception {
    java.nio.file.Path file = java.nio.file.Files.createTempFile("empty", ".yaml.j2");
    try {
      java.nio.file.Files.writeString(file, "#% if flag %#\nkey: value\n#% endif %#\n");
      assertTrue(new MakejinjaOracle().render(file, Map.of("flag", false)).empty());
      assertEquals(
          List.of(Map.of("key", "value")),
          new MakejinjaOracle().render(file, Map.of("flag", true)).documents());
    } finally {
      java.nio.file.Files.delete(file);
    }
  }
}
