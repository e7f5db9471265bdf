package dev.policydesigner.export.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.policydesigner.export.testing.CiliumSchema;
import dev.policydesigner.export.testing.CombinationRenderer;
import dev.policydesigner.export.testing.CombinationRenderer.Combination;
import dev.policydesigner.export.testing.MakejinjaOracle.Render;
import dev.policydesigner.export.testing.TestData;
import dev.policydesigner.export.testing.YamlDocs;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.derive.PolicyDeriver;
import dev.policydesigner.model.example.Examples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The written template renders like the seed's hand-written template under every combination of the
 * flags it uses, in audit and enforce mode.
 */
class SeedEquivalenceTest {
  @TempDir Path dir;

  static Stream<Arguments> examples() {
    return Stream.of(
        Arguments.of(
            "hubble",
            Examples.hubble(),
            List.of("network_policies_enabled", "hubble_enabled", "monitoring_enabled")),
        Arguments.of(
            "rustfs-networkpolicy",
            Examples.rustfs(),
            List.of(
                "rustfs_enabled",
                "network_policies_enabled",
                "loki_enabled",
                "dragonfly_backup_enabled",
                "keycloak_backup_enabled",
                "litellm_backup_enabled",
                "langfuse_backup_enabled",
                "langfuse_enabled",
                "rustfs_monitoring_enabled")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void rendersLikeTheSeedUnderEveryFlagCombination(String name, Diagram diagram, List<String> flags)
      throws IOException {
    Path written = dir.resolve(name + ".yaml.j2");
    Files.writeString(
        written, new TemplateWriter().write(new PolicyDeriver().derive(diagram).get(0)));
    Path seed = TestData.resolve("seed/expected/" + seedName(name));

    List<Combination> combinations =
        new CombinationRenderer()
            .renderAll(List.of(seed, written), flags, diagram.settings().modeFlag());

    assertEquals(1 << (flags.size() + 1), combinations.size());
    boolean sawDocuments = false;
    for (Combination c : combinations) {
      Render expected = c.renders().get(0);
      Render actual = c.renders().get(1);
      String context = name + " with " + c.values();
      assertEquals(expected.empty(), actual.empty(), context + ": emptiness");
      YamlDocs.assertEquivalent(expected.documents(), actual.documents(), context);
      CiliumSchema.load().assertAllValid(actual.documents(), context);
      sawDocuments |= !actual.documents().isEmpty();
    }
    assertFalse(!sawDocuments, name + ": no combination rendered any document");
  }

  private static String seedName(String name) {
    return name.equals("hubble") ? "hubble-ui.yaml.j2" : name + ".yaml.j2";
  }
}
