package dev.policydesigner.export.template;

import dev.policydesigner.model.Guard;
import dev.policydesigner.model.VerbatimBlock;
import java.util.List;

/**
 * The {@code spec} keys of an imported policy kept as written ({@code ingressDeny}, {@code ingress:
 * []}, …), written after the rules. A kept {@code ingress:} or {@code egress:} key gives way to the
 * rules the graph now yields in that direction: it is written only where none applies.
 */
final class SpecBlocks {
  private final List<VerbatimBlock> blocks;

  SpecBlocks(List<VerbatimBlock> blocks) {
    this.blocks = blocks;
  }

  /** Whether a kept key is itself an {@code ingress:} or {@code egress:} section. */
  boolean hasRuleSection() {
    return blocks.stream().anyMatch(b -> b.ruleSection() != null);
  }

  /**
   * Writes the blocks.
   *
   * @param ingressPresence when the written ingress rules apply ({@link RuleListWriter#presence})
   * @param egressPresence when the written egress rules apply
   */
  void write(YamlLines out, String ingressPresence, String egressPresence) {
    for (VerbatimBlock b : blocks) {
      String key = b.ruleSection();
      String presence = key == null ? "" : key.equals("ingress") ? ingressPresence : egressPresence;
      if (presence == null) {
        continue; // a rule of the graph always applies: the kept section is superseded
      }
      Guard guard =
          presence.isEmpty() ? b.guard() : b.guard().and(Guard.of("not (" + presence + ")"));
      VerbatimWriter.write(out, guard, b.text());
    }
  }
}
