package dev.policydesigner.model.engine;

import java.util.Objects;

/**
 * The engine's answer for one connection between two identities: both sides and the outcome.
 *
 * @param from the source
 * @param to the destination
 * @param traffic the port and protocol
 * @param egress the source's egress side
 * @param ingress the destination's ingress side
 */
public record Decision(
    Identity from, Identity to, Traffic traffic, SideVerdict egress, SideVerdict ingress) {
  public Decision {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(traffic, "traffic");
    Objects.requireNonNull(egress, "egress");
    Objects.requireNonNull(ingress, "ingress");
  }

  /** Allowed when both sides allow it. */
  public boolean allowed() {
    return egress.allowed() && ingress.allowed();
  }

  /** ALLOWED, DENIED, or UNKNOWN when a side that would decide rests on a named port. */
  public Outcome outcome() {
    if (allowed()) {
      return Outcome.ALLOWED;
    }
    boolean deniedForSure =
        (!egress.allowed() && !egress.unknown()) || (!ingress.allowed() && !ingress.unknown());
    return deniedForSure ? Outcome.DENIED : Outcome.UNKNOWN;
  }

  /** {@code from → to on traffic}, with the ends named as the sides name them. */
  public String description() {
    return egress.endpoint() + " → " + ingress.endpoint() + " on " + traffic;
  }

  /** A copy that names the source {@code fromName} and the destination {@code toName}. */
  public Decision named(String fromName, String toName) {
    return new Decision(from, to, traffic, egress.named(fromName), ingress.named(toName));
  }

  /** The outcome on the first line, then each side with its deciding rules and file:line. */
  public String explanation() {
    StringBuilder s = new StringBuilder(outcome().headline()).append('\n');
    appendSides(s, "");
    return s.toString();
  }

  /** Appends both sides, each line starting with {@code indent}. */
  void appendSides(StringBuilder s, String indent) {
    appendSide(s, indent, egress);
    appendSide(s, indent, ingress);
  }

  private static void appendSide(StringBuilder s, String indent, SideVerdict side) {
    s.append(indent).append(side.direction().yamlName()).append(" of ").append(side.endpoint());
    s.append(": ").append(side.allowed() ? "allowed" : side.unknown() ? "unknown" : "denied");
    s.append(" - ").append(side.explanation()).append('\n');
    for (DefaultDenyCause c : side.defaultDenyBy()) {
      s.append(indent).append("  default-deny by ").append(c.label()).append('\n');
    }
    for (RuleSource r : side.deniedBy()) {
      s.append(indent).append("  denied by ").append(r.label()).append('\n');
    }
    if (side.deniedBy().isEmpty()) {
      for (RuleSource r : side.allowedBy()) {
        s.append(indent).append("  allowed by ").append(r.label()).append('\n');
      }
    }
    for (String n : side.notes()) {
      s.append(indent).append("  note: ").append(n).append('\n');
    }
  }
}
