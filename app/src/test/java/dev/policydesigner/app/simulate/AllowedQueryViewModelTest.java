package dev.policydesigner.app.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.export.template.read.RepoImporter;
import dev.policydesigner.export.testing.TestData;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.example.Examples;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AllowedQueryViewModelTest {
  private final Diagram hubble = Examples.hubble();

  private AllowedQueryViewModel question(String a, String b) {
    EndpointPair pair = EndpointPair.of(hubble, List.of(a, b)).orElseThrow();
    return new AllowedQueryViewModel(hubble, pair.from(), pair.to(), Map.of());
  }

  @Test
  void takesTheDirectionOfTheFlowBetweenTheSelectedNodes() {
    EndpointPair pair = EndpointPair.of(hubble, List.of("hubble-relay", "prometheus")).get();
    assertEquals(new EndpointPair("prometheus", "hubble-relay"), pair);
    assertTrue(EndpointPair.of(hubble, List.of("hubble-relay")).isEmpty());
  }

  @Test
  void theGatewayReachesHubbleUiOnItsPortAndNotOnAnother() {
    AllowedQueryViewModel q = question("hubble-ui", "gateway");
    assertEquals("8081", q.portProperty().get(), "pre-filled from the flow");
    assertTrue(q.ask());
    assertEquals("ALLOWED", q.headlineProperty().get(), q.explanationProperty().get());

    q.portProperty().set("9999");
    q.ask();
    assertEquals("DENIED", q.headlineProperty().get());
    assertFalse(q.explanationProperty().get().isBlank());
  }

  @Test
  void prometheusReachesTheRelayOnlyWithMonitoringOn() {
    AllowedQueryViewModel q = question("hubble-relay", "prometheus");
    q.ask();
    assertEquals("ALLOWED", q.headlineProperty().get(), q.explanationProperty().get());
    q.flags().stream()
        .filter(f -> f.name().equals("monitoring_enabled"))
        .findFirst()
        .orElseThrow()
        .onProperty()
        .set(false);
    q.ask();
    assertEquals("DENIED", q.headlineProperty().get(), q.explanationProperty().get());
  }

  @Test
  void theAnswerOfBothSidesComesBeforeTheNotesOnTheRender() throws Exception {
    // imported without values: templated CIDRs without a default render empty, each one a note
    Diagram imported = new RepoImporter().importRepo(TestData.realisticRepo(), null).diagram();
    AllowedQueryViewModel q = new AllowedQueryViewModel(imported, "loki", "rustfs", Map.of());
    q.portProperty().set("9000");
    assertTrue(q.ask());
    String[] lines = q.explanationProperty().get().split("\n");
    assertTrue(lines[0].startsWith("egress of loki"), String.join("\n", lines));
    int ingress = -1;
    int firstNote = -1;
    for (int i = 0; i < lines.length; i++) {
      if (ingress < 0 && lines[i].startsWith("ingress of rustfs")) {
        ingress = i;
      }
      if (firstNote < 0 && lines[i].startsWith("note: ")) {
        firstNote = i;
      }
    }
    assertTrue(ingress > 0, String.join("\n", lines));
    assertTrue(firstNote > ingress, "notes after both sides:\n" + String.join("\n", lines));
    assertTrue(lines[lines.length - 1].startsWith("note: "), "the notes close the explanation");
  }

  @Test
  void aPortOutOfRangeIsNotAsked() {
    AllowedQueryViewModel q = question("hubble-ui", "gateway");
    q.portProperty().set("70000");
    assertFalse(q.ask());
    assertEquals("", q.headlineProperty().get());
    assertTrue(q.explanationProperty().get().contains("1 and 65535"));
  }
}
