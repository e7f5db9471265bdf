package dev.policydesigner.export.kustomization;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.policydesigner.export.testing.MakejinjaOracle;
import dev.policydesigner.model.Guard;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Renders patched kustomizations with the real makejinja settings: for every combination of the
 * flags involved, the entry is listed exactly when a template with the file's guard renders.
 */
class KustomizationRenderTest {
  static final String NP = KustomizationPatcherTest.NP;

  @TempDir Path tmp;

  static Stream<Arguments> cases() throws Exception {
    String elseText =
        "#% if legacy_enabled | default(false) %#\n#| nothing here #|\n#% else %#\n---\n"
            + "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n"
            + "  - ./new.yaml\n#% if x_enabled %#\n  - ./x.yaml\n#% else %#\n  - ./y.yaml\n"
            + "#% endif %#\n#% endif %#\n";
    return Stream.of(
        Arguments.of(
            "hubble",
            KustomizationPatcherTest.sample(
                "kube-system/network-policies/app/kustomization.yaml.j2"),
            Guard.of(NP, KustomizationPatcherTest.HUBBLE),
            List.of("network_policies_enabled", "hubble_enabled")),
        Arguments.of(
            "rustfs",
            KustomizationPatcherTest.sample("storage/rustfs/app/kustomization.yaml.j2"),
            Guard.of(KustomizationPatcherTest.RUSTFS, NP),
            List.of("rustfs_enabled", "network_policies_enabled", "rustfs_monitoring_enabled")),
        Arguments.of(
            "else branch",
            elseText,
            Guard.of("not legacy_enabled | default(false)", NP),
            List.of("legacy_enabled", "network_policies_enabled", "x_enabled")),
        Arguments.of(
            "new file",
            null,
            Guard.of("loki_enabled | default(false)", NP),
            List.of("loki_enabled", "network_policies_enabled")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void listsTheEntryExactlyWhenTheTemplateRenders(
      String name, String kustomization, Guard guard, List<String> flags) throws Exception {
    String patched =
        new KustomizationPatcher()
            .patch("kustomization.yaml.j2", Optional.ofNullable(kustomization), "./np.yaml", guard)
            .text();
    String template = "#% if " + guard.expression() + " %#\n---\nkind: ConfigMap\n#% endif %#\n";
    for (Map<String, Boolean> values : MakejinjaOracle.combinations(flags)) {
      boolean renders = !MakejinjaOracle.renderJson(tmp, template, values).get("empty").asBoolean();
      JsonNode k = MakejinjaOracle.renderJson(tmp, patched, values);
      assertEquals(renders, lists(k, "./np.yaml"), name + " with " + values);
      if (kustomization != null) {
        JsonNode original = MakejinjaOracle.renderJson(tmp, kustomization, values);
        assertEquals(others(original), others(k), "other entries unchanged with " + values);
      }
    }
  }

  private static boolean lists(JsonNode render, String entry) {
    for (JsonNode doc : render.get("documents")) {
      for (JsonNode r : doc.path("resources")) {
        if (r.asText().equals(entry)) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<String> others(JsonNode render) {
    List<String> list = new ArrayList<>();
    for (JsonNode doc : render.get("documents")) {
      doc.path("resources").forEach(r -> list.add(r.asText()));
    }
    list.remove("./np.yaml");
    return list;
  }
}
