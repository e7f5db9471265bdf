package dev.policydesigner.export.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.export.preview.MakejinjaRenderer;
import dev.policydesigner.export.preview.RenderException;
import dev.policydesigner.export.testing.TestData;
import dev.policydesigner.model.engine.Decision;
import dev.policydesigner.model.engine.Identity;
import dev.policydesigner.model.engine.PolicyEngine;
import dev.policydesigner.model.engine.PolicyReader;
import dev.policydesigner.model.engine.PolicySet;
import dev.policydesigner.model.engine.RuleSource;
import dev.policydesigner.model.engine.Traffic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RenderedDocumentsTest {
  private static final String RUSTFS = "templates/apps/storage/rustfs/app/networkpolicy.yaml.j2";

  static Map<String, Object> allOn(String mode) {
    Map<String, Object> v = new HashMap<>();
    for (String f :
        List.of(
            "rustfs_enabled",
            "network_policies_enabled",
            "loki_enabled",
            "dragonfly_backup_enabled",
            "langfuse_enabled")) {
      v.put(f, true);
    }
    v.put("network_policies_mode", mode);
    return v;
  }

  @Test
  void marksChangeNothingButCommentsInEveryRepoTemplate() throws Exception {
    MakejinjaRenderer renderer = new MakejinjaRenderer();
    List<Path> templates;
    try (Stream<Path> walk = Files.walk(TestData.dir())) {
      templates = walk.filter(p -> p.toString().endsWith(".j2")).toList();
    }
    assertTrue(templates.size() >= 5);
    for (Path t : templates) {
      String text = Files.readString(t);
      for (String mode : List.of("audit", "enforce")) {
        Map<String, Object> values = allOn(mode);
        if (callsLoaderFunction(renderer, text, values)) {
          // a function of the repo's makejinja plugin: the in-app renderer cannot render it
          assertThrows(
              RenderException.class, () -> renderer.render(LineMarkers.mark(text), values));
          continue;
        }
        String plain = renderer.render(text, values);
        String marked = renderer.render(LineMarkers.mark(text), values);
        assertEquals(plain, LineMarkers.strip(marked), t + " in " + mode);
      }
    }
  }

  private static boolean callsLoaderFunction(
      MakejinjaRenderer renderer, String text, Map<String, Object> values) {
    try {
      renderer.render(text, values);
      return false;
    } catch (RenderException e) {
      assertTrue(
          String.valueOf(e.getMessage()).contains("Could not resolve function"), e::toString);
      return true;
    }
  }

  @Test
  void rulesCarryTheirTemplateLineAndComment() throws Exception {
    String template = Files.readString(TestData.seedExpected("rustfs-networkpolicy.yaml.j2"));
    RenderedFile file =
        new RenderedDocuments(new MakejinjaRenderer()).render(RUSTFS, template, allOn("enforce"));
    assertEquals(List.of(), file.problems());
    PolicyEngine engine = new PolicyEngine(PolicyReader.read(file.documents()));
    Decision d =
        engine.decide(
            Identity.pod("monitoring", "app.kubernetes.io/name", "loki"),
            Identity.pod("storage", "app.kubernetes.io/name", "rustfs"),
            Traffic.tcp(9000));
    assertTrue(d.allowed(), d.explanation());
    RuleSource cilium = d.ingress().allowedBy().get(0);
    assertEquals(RUSTFS + ":31", cilium.location());
    assertEquals("S3 API access from Loki (monitoring namespace)", cilium.description());
    RuleSource netpol = d.ingress().allowedBy().get(1);
    assertEquals("NetworkPolicy storage/rustfs", netpol.policy().title());
    assertEquals("S3 API from authorized namespaces", netpol.description());
    assertEquals(RUSTFS + ":8", cilium.policy().location());
  }

  @Test
  void aRenderThatIsNotYamlIsAProblemAtItsTemplateLine() {
    String template = "a: 1\n#% if x %#\nb: [\n#% endif %#\n";
    RenderedFile file =
        new RenderedDocuments(new MakejinjaRenderer())
            .render("t.yaml.j2", template, Map.of("x", true));
    assertEquals(1, file.problems().size());
    assertTrue(
        file.problems().get(0).toString().startsWith("t.yaml.j2:3: the render is not valid YAML"),
        file.problems().toString());
    assertEquals(PolicySet.UNREAD, file.problems().get(0).code());
  }

  @Test
  void aTemplateThatCannotRenderLeavesItsPoliciesOutWithAWarningAtItsLine() {
    String template = "a: 1\n#% if %#\nb\n";
    RenderedFile file =
        new RenderedDocuments(new MakejinjaRenderer()).render("t.yaml.j2", template, Map.of());
    assertEquals(List.of(), file.documents());
    assertEquals(1, file.problems().size(), file.problems().toString());
    assertEquals(PolicySet.UNRENDERED, file.problems().get(0).code());
    assertEquals("t.yaml.j2:2", file.problems().get(0).where());
    assertTrue(
        file.problems().get(0).message().startsWith("cannot render"), file.problems().toString());
  }
}
