package dev.policydesigner.export.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.PortRange;
import dev.policydesigner.model.derive.CiliumPolicy;
import dev.policydesigner.model.derive.DerivedFile;
import dev.policydesigner.model.derive.DerivedPolicy;
import dev.policydesigner.model.derive.Direction;
import dev.policydesigner.model.derive.PolicyDeriver;
import dev.policydesigner.model.derive.Rule;
import dev.policydesigner.model.example.Examples;
import dev.policydesigner.model.example.SyntheticCluster;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TemplateWriterIndexedTest {
  private final TemplateWriter writer = new TemplateWriter();

  static Stream<Diagram> diagrams() {
    return Stream.of(
        Examples.hubble(), Examples.rustfs(), new SyntheticCluster(7).generate(40, 120));
  }

  @ParameterizedTest
  @MethodSource("diagrams")
  void writesTheSameTextAsWrite(Diagram diagram) {
    for (DerivedFile file : new PolicyDeriver().derive(diagram)) {
      assertEquals(writer.write(file), writer.writeIndexed(file).text());
    }
  }

  @ParameterizedTest
  @MethodSource("diagrams")
  void recordsOneSpanPerCiliumRuleCoveringItsCommentAndPorts(Diagram diagram) {
    for (DerivedFile file : new PolicyDeriver().derive(diagram)) {
      WrittenTemplate written = writer.writeIndexed(file);
      int count = 0;
      for (DerivedPolicy policy : file.policies()) {
        for (Direction dir : Direction.values()) {
          for (Rule rule : policy.cilium().rules(dir)) {
            RuleSpan span = spanOf(written, policy.cilium(), dir, rule);
            assertCovers(written.text(), span, rule);
            count++;
          }
        }
      }
      assertEquals(count, written.spans().size());
    }
  }

  @ParameterizedTest
  @MethodSource("diagrams")
  void spansFollowEachOtherWithoutOverlapping(Diagram diagram) {
    for (DerivedFile file : new PolicyDeriver().derive(diagram)) {
      List<RuleSpan> spans = writer.writeIndexed(file).spans();
      for (int i = 1; i < spans.size(); i++) {
        assertTrue(spans.get(i - 1).lastLine() < spans.get(i).firstLine());
      }
    }
  }

  @org.junit.jupiter.api.Test
  void includesTheIfWrapperOfAGuardedRule() {
    DerivedFile file = new PolicyDeriver().derive(Examples.hubble()).get(0);
    WrittenTemplate written = writer.writeIndexed(file);
    RuleSpan span =
        written.spans().stream()
            .filter(s -> "prometheus-to-hubble-relay".equals(s.flowId()))
            .findFirst()
            .orElseThrow();

    List<String> lines = span.excerpt(written.text()).lines().toList();
    assertEquals("hubble-relay", span.policy());
    assertEquals(Direction.INGRESS, span.direction());
    assertEquals("#% if monitoring_enabled | default(false) %#", lines.get(0));
    assertEquals("    #| Prometheus scraping #|", lines.get(1));
    assertEquals("#% endif %#", lines.get(lines.size() - 1));
  }

  private static RuleSpan spanOf(
      WrittenTemplate written, CiliumPolicy policy, Direction dir, Rule rule) {
    return written.spans().stream()
        .filter(s -> s.policy().equals(policy.subject().policyName()))
        .filter(s -> s.direction() == dir && Objects.equals(s.flowId(), rule.flowId()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no span for " + rule.flowId()));
  }

  /** The excerpt holds the comment and every port, and the line after it starts another part. */
  private static void assertCovers(String text, RuleSpan span, Rule rule) {
    String excerpt = span.excerpt(text);
    if (!rule.description().isBlank()) {
      assertTrue(excerpt.contains("#| "), excerpt);
      assertTrue(excerpt.lines().anyMatch(l -> l.strip().startsWith("#|")), excerpt);
    }
    for (PortRange p : rule.ports()) {
      assertTrue(excerpt.contains("port: \"" + p.port() + "\""), () -> p + " not in " + excerpt);
    }
    List<String> all = text.lines().toList();
    if (span.lastLine() < all.size()) {
      String next = all.get(span.lastLine());
      assertFalse(next.startsWith("      "), () -> "rule continues after its span: " + next);
    }
  }
}
