package dev.policydesigner.model.simulate;

import dev.policydesigner.model.derive.Direction;
import java.util.List;

/**
 * The answer on one side: egress on the source or ingress on the destination.
 *
 * @param direction egress (source side) or ingress (destination side)
 * @param endpoint the endpoint of this side
 * @param allowed whether this side lets the connection through
 * @param defaultDenyBy the policies that make this endpoint default-deny in this direction, each
 *     with its reason; empty when the side is not restricted
 * @param allowedBy the active rules that admit the connection
 * @param explanation one or more sentences saying why
 */
public record SideVerdict(
    Direction direction,
    String endpoint,
    boolean allowed,
    List<String> defaultDenyBy,
    List<RuleRef> allowedBy,
    String explanation) {
  public SideVerdict {
    defaultDenyBy = List.copyOf(defaultDenyBy);
    allowedBy = List.copyOf(allowedBy);
  }

  /** Whether some policy makes this side default-deny. */
  public boolean restricted() {
    return !defaultDenyBy.isEmpty();
  }
}
