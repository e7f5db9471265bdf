package dev.policydesigner.export.template.read;

import dev.policydesigner.model.Guard;
import dev.policydesigner.model.L7Rules;
import dev.policydesigner.model.PeerForm;
import dev.policydesigner.model.PortRange;
import dev.policydesigner.model.derive.Direction;
import dev.policydesigner.model.derive.Peer;
import java.util.List;

/**
 * One rule read from a policy: its peers (node ids unset), ports and L7 rules; or, when the graph
 * cannot express it, its original text.
 *
 * @param direction ingress or egress
 * @param line 1-based line of the rule's {@code - fromEndpoints:} (or other first key)
 * @param guard the branches it is in, without the file's outer guard
 * @param description its {@code #| … #|} comment (lines joined with a line break), or {@code ""}
 * @param peers the peers, one flow each
 * @param ports ports; empty = all
 * @param l7 L7 rules
 * @param verbatim the original lines (comment included) when not expressible, else {@code null}
 * @param reason why it is kept verbatim, else {@code null}
 * @param forms how each peer was written (flow ids unset), parallel to {@code peers}
 */
public record ParsedRule(
    Direction direction,
    int line,
    Guard guard,
    String description,
    List<Peer> peers,
    List<PortRange> ports,
    L7Rules l7,
    String verbatim,
    String reason,
    List<PeerForm> forms) {
  public ParsedRule {
    peers = List.copyOf(peers);
    forms = List.copyOf(forms);
    ports = List.copyOf(ports);
  }

  /** Whether the rule is kept as written instead of becoming flows. */
  public boolean isVerbatim() {
    return verbatim != null;
  }
}
