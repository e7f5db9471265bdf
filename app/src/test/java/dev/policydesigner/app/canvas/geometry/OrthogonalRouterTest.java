package dev.policydesigner.app.canvas.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrthogonalRouterTest {
  private final ObstacleIndex cards = new ObstacleIndex();
  private final OrthogonalRouter router = new OrthogonalRouter(cards);

  private Box card(String key, double x, double y) {
    Box b = new Box(x, y, 200, 72);
    cards.put(key, b.inflate(OrthogonalRouter.MARGIN));
    return b;
  }

  private static void assertOrthogonal(Route r) {
    for (int i = 0; i + 1 < r.size(); i++) {
      assertTrue(r.x(i) == r.x(i + 1) || r.y(i) == r.y(i + 1), "segment " + i + " is straight");
    }
  }

  @Test
  void cardsSideBySideAreJoinedByOneStraightStretch() {
    Box a = card("a", 0, 0);
    Box b = card("b", 400, 0);
    Route r = router.route("a", a, "b", b, 0);
    assertEquals(2, r.size());
    assertEquals(a.maxX() + 2, r.x(0), 0.01);
    assertEquals(b.x() - 3, r.x(1), 0.01);
  }

  @Test
  void aRouteGoesAroundACardInTheWay() {
    Box a = card("a", 0, 0);
    Box b = card("b", 800, 0);
    Box middle = card("m", 400, -10);
    Route r = router.route("a", a, "b", b, 0);
    assertOrthogonal(r);
    assertFalse(r.meets(middle), "it does not cross the card between");
    assertTrue(r.bends() >= 2);
    assertTrue(r.dependsOn(middle.inflate(1)), "the card it went around was looked at");
  }

  @Test
  void aLoopLeavesAndReentersTheSameCard() {
    Box a = card("a", 0, 0);
    Route r = OrthogonalRouter.loop(a);
    assertOrthogonal(r);
    assertEquals(a.y() - 3, r.y(r.size() - 1), 0.01);
  }

  @Test
  void theIndexFindsWhatASegmentCrossesButNotWhatItSkips() {
    card("a", 0, 0);
    card("b", 1000, 2000);
    assertEquals(1, cards.crossings(-50, 36, 300, 36, null, null));
    assertEquals(0, cards.crossings(-50, 36, 300, 36, "a", null));
    assertEquals(List.of("b"), cards.within(new Box(900, 1900, 300, 300)));
  }
}
