package dev.policydesigner.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.export.diagram.image.CardText;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Entity;
import dev.policydesigner.model.EntityNode;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.Label;
import dev.policydesigner.model.Workload;
import dev.policydesigner.model.example.Examples;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The canvas words cards and flow labels as the images do, in the same condition colour. */
@ExtendWith(ApplicationExtension.class)
class CardTextOnCanvasTest {
  private final Diagram hubble = Examples.hubble();
  private final Workload relay =
      ((Workload) hubble.node("hubble-relay").orElseThrow())
          .withLabels(
              List.of(
                  new Label("k8s-app", "hubble-relay"),
                  new Label("tier", "observability"),
                  new Label("team", "platform")))
          .withCondition("hubble_enabled | default(false)");
  private final EntityNode agents = (EntityNode) hubble.node("cilium-agents").orElseThrow();
  private final EntityNode both = agents.withEntities(List.of(Entity.HOST, Entity.REMOTE_NODE));
  private final Flow guarded =
      hubble.flows().get(0).withCondition("monitoring_enabled | default(false)");
  private final Pane root = new Pane();
  private NodeCardView relayCard;
  private NodeCardView agentsCard;
  private NodeCardView bothCard;
  private final ArrowLabel label = ArrowLabel.of(guarded, null);

  @Start
  void start(Stage stage) {
    relayCard = new NodeCardView(relay, true);
    agentsCard = new NodeCardView(agents, false);
    bothCard = new NodeCardView(both, false);
    root.getChildren().addAll(relayCard, agentsCard, bothCard);
    Scene scene = new Scene(root, 900, 600);
    scene
        .getStylesheets()
        .add(getClass().getResource("/dev/policydesigner/app/designer.css").toExternalForm());
    stage.setScene(scene);
    stage.show();
  }

  private static List<String> texts(javafx.scene.Node card) {
    List<String> out = new ArrayList<>();
    for (javafx.scene.Node n : card.lookupAll(".label")) {
      out.add(((javafx.scene.control.Label) n).getText());
    }
    return out;
  }

  @Test
  void cardsShowTheWordsOfTheImages(FxRobot robot) {
    for (NodeCardView card : List.of(relayCard, agentsCard, bothCard)) {
      CardText text = CardText.of(card.node());
      List<String> expected = new ArrayList<>(text.title());
      expected.add(text.caption());
      expected.addAll(text.details());
      if (text.condition() != null) {
        expected.add(text.condition());
      }
      assertEquals(expected, texts(card));
    }
    assertEquals("Cilium entity", CardText.caption(agents));
    assertEquals("Cilium entities", CardText.caption(both));
    assertEquals(CardText.MAX_DETAILS, CardText.details(relay).size());
    assertTrue(
        CardText.details(relay).get(2).matches("\\+\\d+ more"), CardText.details(relay).toString());
    assertEquals("only if hubble_enabled", CardText.condition(relay));
  }

  @Test
  void conditionsHaveTheImagesColourOnCardsAndFlows(FxRobot robot) {
    Color expected = Color.web(CardText.CONDITION_COLOUR);
    javafx.scene.control.Label onCard = robot.from(relayCard).lookup(".card-condition").query();
    assertEquals(expected, onCard.getTextFill());
    int painted = CanvasPalette.LIGHT.condition();
    assertEquals(
        expected,
        Color.rgb((painted >> 16) & 0xff, (painted >> 8) & 0xff, painted & 0xff),
        "flow labels are painted in the same colour");
    assertEquals("if monitoring_enabled", label.condition());
    assertEquals(CardText.ports(guarded), label.ports());
  }
}
