package dev.policydesigner.export.template.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.policydesigner.model.Flow;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlowOrderTest {
  private static final List<Flow> FLOWS = List.of(flow("a"), flow("b"), flow("c"), flow("d"));

  private static Flow flow(String id) {
    return Flow.of(id, "x", "y", List.of(), "");
  }

  private static List<String> ids(List<List<String>> sequences) {
    return FlowOrder.sort(FLOWS, sequences).stream().map(Flow::id).toList();
  }

  @Test
  void everyPoliciesRuleOrderIsKeptAndOtherwiseTheFirstSeenOrder() {
    assertEquals(List.of("a", "b", "c", "d"), ids(List.of()));
    assertEquals(List.of("a", "c", "b", "d"), ids(List.of(List.of("c", "b"))));
    assertEquals(List.of("c", "b", "d", "a"), ids(List.of(List.of("d", "a"), List.of("c", "b"))));
  }

  @Test
  void flowsWhoseFilesContradictEachOtherComeInFirstSeenOrderAfterTheOthers() {
    assertEquals(List.of("c", "d", "a", "b"), ids(List.of(List.of("a", "b"), List.of("b", "a"))));
  }
}
