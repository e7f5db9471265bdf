package dev.policydesigner.export.diagram.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.model.FqdnNode;
import dev.policydesigner.model.FqdnSelector;
import dev.policydesigner.model.KindHint;
import dev.policydesigner.model.Position;
import dev.policydesigner.model.Workload;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A card gives its name the lines it needs and grows with them instead of cutting it short. */
class CardNameWrapTest {
  private static final String LONG =
      "github.com, api.github.com, ghcr.io, *.actions.githubusercontent.com,"
          + " *.blob.core.windows.net";

  private static FqdnNode fqdn(String name) {
    return new FqdnNode("f", name, List.of(FqdnSelector.name("github.com")), new Position(0, 0));
  }

  @Test
  void aLongDnsNameGetsAWiderCardAndWrapsWholeAtItsCommas() {
    FqdnNode node = fqdn(LONG);
    CardGeometry card = CardGeometry.of(node);
    CardText text = CardText.fitted(node);
    assertTrue(card.width() > CardGeometry.WIDTH, "the card grows to its name");
    assertTrue(card.width() <= CardGeometry.MAX_WIDTH);
    for (String line : text.title()) {
      assertFalse(line.endsWith(TextWidth.ELLIPSIS), text.title().toString());
      assertTrue(
          TextWidth.of(line, CardText.TITLE_SIZE, true) <= CardText.nameWidth(card.width()), line);
    }
    assertEquals(LONG.replace(" ", ""), String.join("", text.title()).replace(" ", ""));
    assertTrue(card.height() >= CardGeometry.overviewHeight(LONG, card.width()), "overview fits");
    assertEquals(card.width(), CardGeometry.SIZE.width(node), "layouts leave room for it");
    assertEquals(card.height(), CardGeometry.SIZE.height(node));
  }

  @Test
  void aShortNameKeepsTheUsualCard() {
    CardGeometry card = CardGeometry.of(fqdn("github.com"));
    assertEquals(CardGeometry.WIDTH, card.width());
    assertEquals(CardGeometry.BASE_HEIGHT, card.height());
  }

  @Test
  void aLongWorkloadNameBreaksAfterItsDashes() {
    Workload w =
        new Workload(
            "w",
            "external-secrets-cert-controller",
            KindHint.APP,
            "security",
            List.of(),
            List.of(),
            null,
            new Position(0, 0));
    List<String> title = CardText.fitted(w).title();
    assertTrue(title.stream().noneMatch(l -> l.endsWith(TextWidth.ELLIPSIS)), title.toString());
    assertTrue(title.size() == 1 || title.get(0).endsWith("-"), title.toString());
    assertEquals("external-secrets-cert-controller", String.join("", title));
  }

  @Test
  void aNameLongerThanTheMostLinesIsCutOnTheLastLine() {
    String endless = "a-very-long-name-".repeat(40);
    List<String> title = CardText.fitted(fqdn(endless)).title();
    assertEquals(CardText.MAX_TITLE_LINES, title.size());
    assertTrue(title.get(title.size() - 1).endsWith(TextWidth.ELLIPSIS));
  }
}
