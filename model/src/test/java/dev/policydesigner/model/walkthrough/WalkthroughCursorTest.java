package dev.policydesigner.model.walkthrough;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.example.Examples;
import dev.policydesigner.model.walkthrough.Walkthrough.Order;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WalkthroughCursorTest {
  private final WalkthroughCursor cursor =
      new WalkthroughCursor(Walkthrough.of(Examples.hubble(), Order.DIAGRAM));

  @Test
  void startsOnTheFirstStep() {
    assertEquals("gateway-to-hubble-ui", cursor.current().orElseThrow().flowId());
    assertEquals("1 / 6", cursor.progress());
    assertFalse(cursor.hasPrevious());
    assertTrue(cursor.hasNext());
  }

  @Test
  void movesForwardAndBackOneStepAtATime() {
    assertTrue(cursor.next());
    assertTrue(cursor.next());
    assertEquals("hubble-ui-to-hubble-relay", cursor.current().orElseThrow().flowId());
    assertEquals("3 / 6", cursor.progress());

    assertTrue(cursor.previous());
    assertEquals("2 / 6", cursor.progress());
  }

  @Test
  void stopsAtBothEnds() {
    assertFalse(cursor.previous());
    assertTrue(cursor.last());
    assertEquals("6 / 6", cursor.progress());
    assertFalse(cursor.next());
    assertFalse(cursor.last());
    assertEquals("hubble-relay-to-cilium-agents", cursor.current().orElseThrow().flowId());

    assertTrue(cursor.first());
    assertEquals("1 / 6", cursor.progress());
  }

  @Test
  void jumpsToTheStepOfAFlow() {
    assertTrue(cursor.moveToFlow("prometheus-to-hubble-relay"));
    assertEquals(3, cursor.position());
    assertTrue(cursor.moveToFlow("prometheus-to-hubble-relay"));
    assertFalse(cursor.moveToFlow("no-such-flow"));
    assertThrows(IndexOutOfBoundsException.class, () -> cursor.moveTo(6));
  }

  @Test
  void tellsListenersOnlyAboutRealMoves() {
    AtomicInteger moves = new AtomicInteger();
    cursor.addListener(moves::incrementAndGet);

    cursor.previous();
    cursor.next();
    cursor.last();
    cursor.next();

    assertEquals(2, moves.get());
  }

  @Test
  void hasNoCurrentStepWithoutFlows() {
    WalkthroughCursor empty =
        new WalkthroughCursor(Walkthrough.of(Diagram.empty("empty"), Order.DIAGRAM));

    assertTrue(empty.current().isEmpty());
    assertEquals("0 / 0", empty.progress());
    assertFalse(empty.next());
    assertFalse(empty.first());
    assertFalse(empty.last());
  }
}
