package dev.policydesigner.app.walkthrough;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.policydesigner.app.document.Document;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.example.Examples;
import dev.policydesigner.model.walkthrough.Walkthrough;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class WalkthroughViewModelTest {
  private static Diagram reversedHubble() {
    Diagram d = Examples.hubble();
    List<Flow> flows = new ArrayList<>(d.flows());
    Collections.reverse(flows);
    return d.withFlows(flows);
  }

  @Test
  void walksPerPolicySubjectWhenAskedAndStaysOnTheCurrentFlow() {
    WalkthroughViewModel model = new WalkthroughViewModel(new Document(reversedHubble(), null));
    assertEquals("hubble-relay-to-cilium-agents", model.stepProperty().get().flowId());

    model.setOrder(Walkthrough.Order.PER_SUBJECT);
    assertEquals("hubble-relay-to-cilium-agents", model.stepProperty().get().flowId());

    model.first();
    assertEquals("gateway-to-hubble-ui", model.stepProperty().get().flowId());
    assertEquals(Walkthrough.Order.PER_SUBJECT, model.order());
  }
}
