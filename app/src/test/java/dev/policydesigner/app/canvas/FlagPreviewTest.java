package dev.policydesigner.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.example.Examples;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FlagPreviewTest {
  private final Diagram rustfs = Examples.rustfs();

  @Test
  void aFlagTurnedOffFadesTheFlowsItGuardsAndNothingElse() {
    assertEquals(
        Set.of("dragonfly-to-rustfs"),
        FlagPreview.leftOut(rustfs, Map.of("dragonfly_backup_enabled", false), false));
  }

  @Test
  void aNodeTurnedOffFadesWithEveryFlowAtIt() {
    Set<String> out = FlagPreview.leftOut(rustfs, Map.of("loki_enabled", false), false);
    assertEquals(Set.of("loki", "loki-to-rustfs"), out);
  }

  @Test
  void withoutChosenValuesNothingFadesButWithClusterValuesMissingFlagsAreUndefined() {
    assertTrue(FlagPreview.leftOut(rustfs, Map.of(), false).isEmpty());
    Set<String> all = FlagPreview.leftOut(rustfs, Map.of("loki_enabled", true), true);
    assertTrue(all.contains("dragonfly-to-rustfs"), "undefined | default(false) is false");
    assertTrue(!all.contains("loki"), "loki_enabled is true");
  }
}
