package dev.policydesigner.model.engine;

import dev.policydesigner.model.derive.Direction;
import java.util.List;

/**
 * The answer of one side for one port: egress of the source or ingress of the destination.
 *
 * @param direction egress or ingress
 * @param endpoint the endpoint of this side, as named in the answer
 * @param allowed whether this side lets the connection through
 * @param unknown whether the answer rests on a named port that cannot be resolved
 * @param defaultDenyBy the policies that make this side default-deny (empty: not restricted)
 * @param allowedBy the allow rules that admit the connection
 * @param deniedBy the deny rules that drop it (deny wins over every allow)
 * @param explanation one or more sentences saying why
 * @param notes L7 filtering and similar facts
 */
public record SideVerdict(
    Direction direction,
    String endpoint,
    boolean allowed,
    boolean unknown,
    List<DefaultDenyCause> defaultDenyBy,
    List<RuleSource> allowedBy,
    List<RuleSource> deniedBy,
    String explanation,
    List<String> notes) {
  public SideVerdict {
    defaultDenyBy = List.copyOf(defaultDenyBy);
    allowedBy = List.copyOf(allowedBy);
    deniedBy = List.copyOf(deniedBy);
    notes = List.copyOf(notes);
  }

  /** A copy that names its endpoint {@code name}. */
  public SideVerdict named(String name) {
    return new SideVerdict(
        direction, name, allowed, unknown, defaultDenyBy, allowedBy, deniedBy, explanation, notes);
  }

  /** Whether some policy makes this side default-deny. */
  public boolean restricted() {
    return !defaultDenyBy.isEmpty();
  }

  /** The rules that decide this side: the deny rules when denied by one, else the allow rules. */
  public List<RuleSource> decidingRules() {
    return deniedBy.isEmpty() ? allowedBy : deniedBy;
  }
}
