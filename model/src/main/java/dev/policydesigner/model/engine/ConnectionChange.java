package dev.policydesigner.model.engine;

import java.util.List;
import java.util.Objects;

/**
 * A connection that one version of the policies allows and the other does not.
 *
 * @param from the source
 * @param to the destination
 * @param ports one contiguous range of ports (or one ICMP type) of one protocol
 * @param rules the rules responsible: for an added connection the rules of the new version that
 *     admit it; for a removed one the rules of the old version that admitted it, then the new
 *     version's deny rules that drop it
 */
public record ConnectionChange(Identity from, Identity to, PortSet ports, List<RuleSource> rules) {
  public ConnectionChange {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(ports, "ports");
    rules = List.copyOf(rules);
  }
}
