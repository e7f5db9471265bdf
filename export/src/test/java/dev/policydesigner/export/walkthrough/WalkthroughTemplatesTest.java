package dev.policydesigner.export.walkthrough;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.model.derive.Direction;
import dev.policydesigner.model.example.Examples;
import dev.policydesigner.model.walkthrough.Walkthrough;
import dev.policydesigner.model.walkthrough.WalkthroughStep;
import java.util.List;
import org.junit.jupiter.api.Test;

class WalkthroughTemplatesTest {
  private final Walkthrough walkthrough =
      Walkthrough.of(Examples.hubble(), Walkthrough.Order.DIAGRAM);
  private final WalkthroughTemplates templates = WalkthroughTemplates.of(Examples.hubble());

  @Test
  void showsBothRulesOfAFlowBetweenTwoSubjectsWithTheirOwnComments() {
    List<TemplateExcerpt> excerpts = templates.excerpts(step("hubble-ui-to-hubble-relay"));

    assertEquals(2, excerpts.size());
    TemplateExcerpt egress = excerpts.get(0);
    TemplateExcerpt ingress = excerpts.get(1);
    assertEquals(Direction.EGRESS, egress.location().direction());
    assertTrue(egress.text().startsWith("    #| Query Hubble Relay for flow data #|\n"));
    assertTrue(egress.text().contains("k8s-app: hubble-relay"));
    assertTrue(egress.text().contains("port: \"4245\""));
    assertEquals("hubble-relay", ingress.location().policy());
    assertTrue(ingress.text().startsWith("    #| Hubble UI queries flow data #|\n"));
    assertTrue(ingress.text().contains("k8s-app: hubble-ui"));
    assertTrue(ingress.text().contains("port: \"4245\""));
  }

  @Test
  void pointsAtTheLinesOfTheWrittenTemplate() {
    TemplateExcerpt excerpt = templates.excerpts(step("hubble-relay-to-cilium-agents")).get(0);
    String text = templates.template(excerpt.location().file()).orElseThrow().text();

    List<String> lines = text.lines().toList();
    assertEquals(
        "    #| Hubble Relay communicates with Cilium agents via host networking #|",
        lines.get(excerpt.firstLine() - 1));
    assertEquals(
        String.join("\n", lines.subList(excerpt.firstLine() - 1, excerpt.lastLine())) + "\n",
        excerpt.text());
    assertTrue(excerpt.text().contains("- host"));
    assertTrue(excerpt.text().contains("port: \"4244\""));
  }

  @Test
  void givesEveryRuleOfEveryStepAnExcerpt() {
    for (WalkthroughStep step : walkthrough.steps()) {
      assertEquals(step.rules().size(), templates.excerpts(step).size(), step.flowId());
    }
  }

  private WalkthroughStep step(String flowId) {
    return walkthrough.steps().stream()
        .filter(s -> s.flowId().equals(flowId))
        .findFirst()
        .orElseThrow();
  }
}
