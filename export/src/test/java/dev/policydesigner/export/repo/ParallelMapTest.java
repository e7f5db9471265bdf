package dev.policydesigner.export.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelMapTest {
  @Test
  void keepsTheOrderOfTheItems() {
    List<Integer> items = IntStream.range(0, 5000).boxed().toList();
    List<String> mapped = ParallelMap.of(items, i -> "item " + i);
    assertEquals(items.stream().map(i -> "item " + i).toList(), mapped);
  }

  @Test
  void keepsNullResultsAndHandlesNoItems() {
    assertEquals(
        Arrays.asList("a", null, "c"),
        ParallelMap.of(List.of(1, 2, 3), i -> i == 2 ? null : Character.toString('a' + i - 1)));
    assertTrue(ParallelMap.of(List.<Integer>of(), i -> i).isEmpty());
  }

  @Test
  void throwsWhatTheFunctionThrows() {
    IllegalStateException thrown = new IllegalStateException("item 700 is broken");
    IllegalStateException caught =
        assertThrows(
            IllegalStateException.class,
            () ->
                ParallelMap.of(
                    IntStream.range(0, 1000).boxed().toList(),
                    i -> {
                      if (i == 700) {
                        throw thrown;
                      }
                      return i;
                    }));
    assertSame(thrown, caught);
  }
}
