package dev.policydesigner.app.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
  void aPortOutOfRangeIsNotAsked() {
    AllowedQueryViewModel q = question("hubble-ui", "gateway");
    q.portProperty().set("70000");
    assertFalse(q.ask());
    assertEquals("", q.headlineProperty().get());
    assertTrue(q.explanationProperty().get().contains("1 and 65535"));
  }
}
