package dev.policydesigner.export.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.export.testing.BatchRenderer.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The realistic repo renders with real Jinja2 and its makejinja plugin for all-on audit, all-on
 * enforce, all-off and cluster.yaml, its Cilium policies validate against the CRD schemas, and what
 * its README promises is in the files it names.
 */
class RealisticRepoRendersTest {
  private static final String APPS = "templates/config/kubernetes/apps/";

  @TempDir static Path work;
  static Map<String, String> templates;
  static Map<String, Map<String, Object>> valueSets;
  static Map<String, List<Outcome>> outcomes;

  @BeforeAll
  static void renderEverything() throws IOException {
    Path repo = TestData.realisticRepo();
    templates = new LinkedHashMap<>();
    try (Stream<Path> walk = Files.walk(repo.resolve("templates/config"))) {
      for (Path p : walk.filter(f -> f.toString().endsWith(".j2")).sorted().toList()) {
        templates.put(repo.relativize(p).toString(), Files.readString(p));
      }
    }
    Set<String> flags = RepoValueSets.booleanFlags(templates.values());
    valueSets = RepoValueSets.of(RepoValueSets.clusterValues(repo), flags);
    List<List<Outcome>> all =
        new BatchRenderer(work, repo)
            .renderAll(List.copyOf(templates.values()), List.copyOf(valueSets.values()));
    outcomes = new LinkedHashMap<>();
    List<String> names = List.copyOf(templates.keySet());
    for (int i = 0; i < names.size(); i++) {
      outcomes.put(names.get(i), all.get(i));
    }
  }

  @Test
  void everyTemplateRendersForTheFourValueSets() {
    List<String> failures = new ArrayList<>();
    List<String> sets = List.copyOf(valueSets.keySet());
    outcomes.forEach(
        (path, renders) -> {
          for (int i = 0; i < renders.size(); i++) {
            if (renders.get(i).error() != null) {
              failures.add(path + " (" + sets.get(i) + "): " + renders.get(i).error());
            }
          }
        });
    assertEquals(List.of(), failures);
    assertEquals(234, templates.size());
  }

  @Test
  void everyCiliumPolicyValidatesAgainstItsSchema() {
    int policies = 0;
    for (var e : outcomes.entrySet()) {
      for (Outcome o : e.getValue()) {
        CiliumSchema.load().assertAllValid(o.render().documents(), e.getKey());
        CiliumSchema.loadClusterwide().assertAllValid(o.render().documents(), e.getKey());
        policies += o.render().documentsOfKind("CiliumNetworkPolicy").size();
        policies += o.render().documentsOfKind("CiliumClusterwideNetworkPolicy").size();
      }
    }
    assertTrue(policies > 150, "policies rendered: " + policies);
  }

  @Test
  void flagsAreTheBooleansTheGuardsTestNotTheComparedValues() {
    Set<String> flags = RepoValueSets.booleanFlags(templates.values());
    assertTrue(
        flags.containsAll(Set.of("grafana_enabled", "spegel_enabled", "github_app_enabled")));
    for (String value :
        List.of(
            "loki_deployment_mode",
            "storage_backend",
            "cnpg_replicas",
            "dragonfly_mode",
            "network_policies_mode",
            "monitoring_namespace")) {
      assertTrue(!flags.contains(value), value + " is not a flag: " + flags);
    }
  }

  @Test
  void theClusterwideDefaultDenyDeniesEgressOutsideKubeSystemOnlyWhenEnforcing() {
    String path = APPS + "kube-system/network-policies/app/default-deny.yaml.j2";
    Map<String, Object> audit = only(path, "all-on audit", "CiliumClusterwideNetworkPolicy");
    Map<String, Object> enforce = only(path, "all-on enforce", "CiliumClusterwideNetworkPolicy");
    assertEquals(Map.of("egress", false, "ingress", false), spec(audit).get("enableDefaultDeny"));
    assertEquals(Map.of("egress", true, "ingress", false), spec(enforce).get("enableDefaultDeny"));
    String selector = String.valueOf(spec(enforce).get("endpointSelector"));
    assertTrue(selector.contains("NotIn") && selector.contains("kube-system"), selector);
    assertEquals(1, ((List<?>) spec(enforce).get("egress")).size());
    assertTrue(String.valueOf(spec(enforce).get("egress")).contains("port=53"));
  }

  @Test
  void theGrafanaNetworkPolicyIsEmittedInAuditModeBesideItsCnp() {
    String path = APPS + "monitoring/grafana/app/networkpolicy.yaml.j2";
    var render = render(path, "all-on audit");
    assertEquals(1, render.documentsOfKind("NetworkPolicy").size());
    assertEquals(1, render.documentsOfKind("CiliumNetworkPolicy").size());
    String jellyfin = APPS + "media/jellyfin/app/networkpolicy.yaml.j2";
    assertEquals(0, render(jellyfin, "all-on audit").documentsOfKind("NetworkPolicy").size());
    assertEquals(1, render(jellyfin, "all-on enforce").documentsOfKind("NetworkPolicy").size());
  }

  @Test
  void theNamedToFqdnsPoliciesHaveNoDnsRule() {
    for (String path :
        List.of(
            "kube-system/spegel/app/networkpolicy.yaml.j2",
            "network/external-dns/app/networkpolicy.yaml.j2",
            "monitoring/gatus/app/networkpolicy.yaml.j2",
            "actions-runner-system/actions-runner-controller/app/networkpolicy.yaml.j2")) {
      var docs = render(APPS + path, "all-on enforce").documentsOfKind("CiliumNetworkPolicy");
      assertTrue(docs.stream().anyMatch(d -> String.valueOf(d).contains("toFQDNs")), path);
      assertTrue(docs.stream().noneMatch(d -> String.valueOf(d).contains("dns=")), path);
    }
  }

  @Test
  void theListedPolicyFilesOfJellyfinAndGatusRenderEmptyWithPoliciesOff() {
    for (String app : List.of("media/jellyfin", "monitoring/gatus")) {
      String kustomization = templates.get(APPS + app + "/app/kustomization.yaml.j2");
      assertTrue(kustomization.contains("  - ./networkpolicy.yaml\n"), app);
      Map<String, Object> off = new LinkedHashMap<>(valueSets.get("all-off"));
      off.put("jellyfin_enabled", true);
      assertTrue(
          renderWith(APPS + app + "/app/networkpolicy.yaml.j2", off).empty(),
          app + " renders empty with network_policies_enabled false");
    }
  }

  private static MakejinjaOracle.Render render(String path, String set) {
    int i = List.copyOf(valueSets.keySet()).indexOf(set);
    return outcomes.get(path).get(i).render();
  }

  private static MakejinjaOracle.Render renderWith(String path, Map<String, Object> values) {
    return new BatchRenderer(work, TestData.realisticRepo())
        .renderAll(List.of(templates.get(path)), List.of(values))
        .get(0)
        .get(0)
        .render();
  }

  private static Map<String, Object> only(String path, String set, String kind) {
    List<Map<String, Object>> docs = render(path, set).documentsOfKind(kind);
    assertEquals(1, docs.size(), path);
    return docs.get(0);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> spec(Map<String, Object> doc) {
    return (Map<String, Object>) doc.get("spec");
  }

  @Test
  void theInAppRendererPrintsWhatJinja2PrintsForEveryTemplateThatNeedsNoPlugin() throws Exception {
    List<String> names = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    templates.forEach(
        (path, text) -> {
          if (!text.contains("()") && !text.contains("nthhost")) { // the plugin's functions
            names.add(path);
            texts.add(text);
          }
        });
    assertTrue(names.size() > 220, "templates compared: " + names.size());
    List<List<Outcome>> reference =
        new BatchRenderer(work, TestData.realisticRepo())
            .renderAllText(texts, List.copyOf(valueSets.values()));
    var renderer = new dev.policydesigner.export.preview.MakejinjaRenderer();
    List<String> sets = List.copyOf(valueSets.keySet());
    List<String> differences = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      for (int s = 0; s < sets.size(); s++) {
        String expected = reference.get(i).get(s).text();
        String actual = renderer.render(texts.get(i), valueSets.get(sets.get(s)));
        if (!actual.equals(expected)) {
          differences.add(names.get(i) + " with " + sets.get(s));
        }
      }
    }
    assertEquals(List.of(), differences);
  }
}
