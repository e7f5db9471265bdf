package dev.policydesigner.model.engine;

import dev.policydesigner.model.derive.Direction;
import java.util.List;

/**
 * Everything the policies say about one side of a connection, before a port is chosen: which
 * policies select the endpoint, which make it default-deny, and which allow and deny rules cover
 * the other end on which ports.
 *
 * @param direction egress of the source or ingress of the destination
 * @param self the endpoint of this side
 * @param other the other end
 * @param selecting the policies selecting {@code self}
 * @param defaultDenyBy the selecting policies that make this direction default-deny
 * @param allows the allow rules covering {@code other}
 * @param denies the deny rules covering {@code other}
 * @param notes facts found on the way (FQDN rules whose names never resolve)
 */
public record SideAnalysis(
    Direction direction,
    Identity self,
    Identity other,
    List<PolicyRef> selecting,
    List<DefaultDenyCause> defaultDenyBy,
    List<RuleMatch> allows,
    List<RuleMatch> denies,
    List<String> notes) {
  public SideAnalysis {
    selecting = List.copyOf(selecting);
    defaultDenyBy = List.copyOf(defaultDenyBy);
    allows = List.copyOf(allows);
    denies = List.copyOf(denies);
    notes = List.copyOf(notes);
  }

  /** Whether some policy makes this side default-deny. */
  public boolean restricted() {
    return !defaultDenyBy.isEmpty();
  }

  /** The ports this side lets through: the allowed ones (all when not restricted) minus denies. */
  public PortSet allowedPorts() {
    PortSet allowed = PortSet.NONE;
    if (!restricted()) {
      allowed = PortSet.ALL;
    } else {
      for (RuleMatch m : allows) {
        allowed = allowed.union(m.ports());
      }
    }
    for (RuleMatch m : denies) {
      allowed = allowed.minus(m.ports());
    }
    return allowed;
  }

  /** The answer of this side for one port. */
  public SideVerdict verdict(Traffic traffic) {
    return SideVerdicts.of(this, traffic);
  }
}
