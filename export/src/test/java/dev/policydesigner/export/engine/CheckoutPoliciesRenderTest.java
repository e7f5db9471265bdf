package dev.policydesigner.export.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.export.preview.MakejinjaRenderer;
import dev.policydesigner.export.preview.ValuesSource;
import dev.policydesigner.export.testing.TestData;
import dev.policydesigner.model.engine.EngineChecks;
import dev.policydesigner.model.engine.PolicyEngine;
import dev.policydesigner.model.engine.PolicySet;
import dev.policydesigner.model.engine.SourceDocument;
import dev.policydesigner.model.engine.SourceLines;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Rendering a checkout's files for several value sets at once (each template prepared once) gives
 * what rendering each file for each value set on its own gives: documents, lines and comments.
 */
class CheckoutPoliciesRenderTest {
  private final MakejinjaRenderer renderer = new MakejinjaRenderer();

  @Test
  void rendersEachValueSetAsASeparateRenderWould() throws Exception {
    CheckoutPolicies files = CheckoutPolicies.read(TestData.realisticRepo());
    assertTrue(files.paths().size() >= 10, files.paths()::toString);
    List<Map<String, Object>> sets =
        List.of(
            RenderedDocumentsTest.allOn("enforce"),
            RenderedDocumentsTest.allOn("audit"),
            Map.of(),
            Map.of("network_policies_enabled", false));
    List<List<RenderedFile>> together = files.render(renderer, sets);
    assertEquals(sets.size(), together.size());
    for (int s = 0; s < sets.size(); s++) {
      List<String> paths = files.paths();
      assertEquals(paths.size(), together.get(s).size());
      for (int f = 0; f < paths.size(); f++) {
        String path = paths.get(f);
        RenderedFile alone =
            path.endsWith(".j2")
                ? new RenderedDocuments(new MakejinjaRenderer())
                    .render(path, files.text(path), sets.get(s))
                : RenderedDocuments.plain(path, files.text(path));
        assertEquals(described(alone), described(together.get(s).get(f)), path + " " + sets.get(s));
      }
    }
  }

  @Test
  void readsThePoliciesAsReadingAllRenderedDocumentsAtOnceDoes() throws Exception {
    for (java.nio.file.Path repo : List.of(TestData.realisticRepo(), TestData.sampleRepo())) {
      CheckoutPolicies files = CheckoutPolicies.read(repo);
      List<Map<String, Object>> sets = new ArrayList<>();
      for (String mode : List.of("enforce", "audit")) {
        sets.add(ValuesSource.ofRepo(repo).with("network_policies_mode", mode).values());
      }
      List<PolicySet> streamed = files.policies(renderer, sets);
      List<PolicySet> atOnce = new ArrayList<>();
      for (Map<String, Object> values : sets) {
        atOnce.add(CheckoutPolicies.policiesOf(files.render(renderer, values)));
      }
      for (int s = 0; s < sets.size(); s++) {
        assertEquals(atOnce.get(s).refs(), streamed.get(s).refs());
        assertEquals(atOnce.get(s).size(), streamed.get(s).size());
        assertEquals(atOnce.get(s).problems(), streamed.get(s).problems());
      }
      assertTrue(streamed.get(0).size() > 0, repo + ": " + streamed.get(0).size());
      assertEquals(
          EngineChecks.check(new PolicyEngine(atOnce.get(0)), new PolicyEngine(atOnce.get(1))),
          EngineChecks.check(new PolicyEngine(streamed.get(0)), new PolicyEngine(streamed.get(1))));
    }
  }

  /** The file's documents with the line of every map and list and the comments of its lines. */
  private static String described(RenderedFile file) {
    StringBuilder out = new StringBuilder(file.file()).append(file.problems()).append('\n');
    for (SourceDocument d : file.documents()) {
      out.append(d.line()).append(' ').append(d.content()).append('\n');
      describeLines(d.content(), d.lines(), out);
      for (int line = 1; line <= 400; line++) {
        String comment = d.lines().commentAbove(line);
        if (!comment.isEmpty()) {
          out.append("  comment ").append(line).append(' ').append(comment).append('\n');
        }
      }
    }
    return out.toString();
  }

  private static void describeLines(Object node, SourceLines lines, StringBuilder out) {
    if (node instanceof Map<?, ?> map) {
      out.append("  map at ").append(lines.line(node, -1)).append('\n');
      map.values().forEach(v -> describeLines(v, lines, out));
    } else if (node instanceof List<?> list) {
      out.append("  list at ").append(lines.line(node, -1)).append('\n');
      list.forEach(v -> describeLines(v, lines, out));
    }
  }
}
