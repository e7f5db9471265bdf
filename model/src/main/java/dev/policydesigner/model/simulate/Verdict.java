package dev.policydesigner.model.simulate;

import java.util.List;

/**
 * The simulator's answer with its reasons.
 *
 * @param outcome allowed, denied, allowed only in some cases, or unknown
 * @param port the port the policies see (the container port after Service translation)
 * @param cases one entry per concrete pair of ends (several when an end is host networking on every
 *     node); empty when an end does not exist under the values
 * @param notes facts the answer rests on (Service-port translation, absent ends, L7 filtering)
 * @param errors guards that could not be evaluated, or bad endpoints
 */
public record Verdict(
    Outcome outcome, int port, List<CaseVerdict> cases, List<String> notes, List<String> errors) {
  public Verdict {
    cases = List.copyOf(cases);
    notes = List.copyOf(notes);
    errors = List.copyOf(errors);
  }

  /** Whether the connection is allowed in every case. */
  public boolean allowed() {
    return outcome == Outcome.ALLOWED;
  }

  /** {@code ALLOWED}, {@code DENIED} (also for a partial answer) or {@code UNKNOWN}. */
  public String headline() {
    return switch (outcome) {
      case ALLOWED -> "ALLOWED";
      case DENIED, PARTIAL -> "DENIED";
      case UNKNOWN -> "UNKNOWN";
    };
  }

  /** The headline on the first line, then the reasons, one per line. */
  public String explanation() {
    StringBuilder s = new StringBuilder(headline()).append('\n');
    if (outcome == Outcome.PARTIAL) {
      s.append("Allowed in some of the cases below only; denied in the others\n");
    }
    errors.forEach(e -> s.append("error: ").append(e).append('\n'));
    notes.forEach(n -> s.append("note: ").append(n).append('\n'));
    for (CaseVerdict c : cases) {
      s.append(c.allowed() ? "ALLOWED " : "DENIED  ").append(c.description()).append('\n');
      appendSide(s, c.egress());
      appendSide(s, c.ingress());
    }
    return s.toString();
  }

  private static void appendSide(StringBuilder s, SideVerdict side) {
    s.append("  ").append(side.direction().yamlName()).append(" of ").append(side.endpoint());
    s.append(": ").append(side.allowed() ? "allowed" : "denied").append(" - ");
    s.append(side.explanation()).append('\n');
    for (RuleRef r : side.allowedBy()) {
      s.append("    by ").append(r.label()).append('\n');
    }
  }
}
