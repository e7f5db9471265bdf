package dev.policydesigner.export.template.read;

import dev.policydesigner.model.L7Rules;
import dev.policydesigner.model.PortRange;
import dev.policydesigner.model.derive.Peer;
import java.util.List;

/**
 * What a rule allows, or why the graph cannot express it.
 *
 * @param peers the peers (node ids unset)
 * @param ports ports; empty = all
 * @param l7 L7 rules
 * @param unsupported why the rule cannot be drawn, or {@code null}
 */
record RuleContent(List<Peer> peers, List<PortRange> ports, L7Rules l7, String unsupported) {
  static RuleContent unsupported(String reason) {
    return new RuleContent(List.of(), List.of(), L7Rules.NONE, reason);
  }
}
