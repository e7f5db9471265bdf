package dev.policydesigner.export.template.read;

import dev.policydesigner.model.L7Rules;
import dev.policydesigner.model.PeerForm;
import dev.policydesigner.model.PortRange;
import dev.policydesigner.model.derive.Peer;
import java.util.ArrayList;
import java.util.List;

/**
 * What a rule allows, or why the graph cannot express it.
 *
 * @param peers the peers (node ids unset)
 * @param ports ports; empty = all
 * @param l7 L7 rules
 * @param unsupported why the rule cannot be drawn, or {@code null}
 * @param forms how each peer was written (flow ids unset), parallel to {@code peers}
 */
record RuleContent(
    List<Peer> peers, List<PortRange> ports, L7Rules l7, String unsupported, List<PeerForm> forms) {
  RuleContent {
    peers = List.copyOf(peers);
    forms = forms == null ? standardForms(peers.size()) : List.copyOf(forms);
  }

  /** Peers written in the writer's own form. */
  RuleContent(List<Peer> peers, List<PortRange> ports, L7Rules l7, String unsupported) {
    this(peers, ports, l7, unsupported, null);
  }

  static RuleContent unsupported(String reason) {
    return new RuleContent(List.of(), List.of(), L7Rules.NONE, reason);
  }

  private static List<PeerForm> standardForms(int count) {
    List<PeerForm> forms = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      forms.add(PeerForm.standard(null));
    }
    return forms;
  }
}
