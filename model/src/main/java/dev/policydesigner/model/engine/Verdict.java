package dev.policydesigner.model.engine;

import java.util.List;

/**
 * The answer to a question that stands for several concrete connections (an end that is host
 * networking on every node is both the local and a remote node), with what it rests on.
 *
 * @param cases one decision per concrete pair of ends; empty when an end does not exist
 * @param notes facts the answer rests on (Service-port translation, absent ends)
 * @param errors what could not be evaluated (guards, bad endpoints)
 */
public record Verdict(List<Decision> cases, List<String> notes, List<String> errors) {
  public Verdict {
    cases = List.copyOf(cases);
    notes = List.copyOf(notes);
    errors = List.copyOf(errors);
  }

  /** The answer for one decision. */
  public static Verdict of(Decision decision) {
    return new Verdict(List.of(decision), List.of(), List.of());
  }

  /** The outcome over all cases. */
  public Outcome outcome() {
    if (!errors.isEmpty()) {
      return Outcome.UNKNOWN;
    }
    if (cases.isEmpty()) {
      return Outcome.DENIED;
    }
    long allowed = cases.stream().filter(Decision::allowed).count();
    if (allowed == cases.size()) {
      return Outcome.ALLOWED;
    }
    if (cases.stream().anyMatch(c -> c.outcome() == Outcome.UNKNOWN)) {
      return Outcome.UNKNOWN;
    }
    return allowed == 0 ? Outcome.DENIED : Outcome.PARTIAL;
  }

  /** Whether the connection is allowed in every case. */
  public boolean allowed() {
    return outcome() == Outcome.ALLOWED;
  }

  /** {@code ALLOWED}, {@code DENIED} or {@code UNKNOWN}. */
  public String headline() {
    return outcome().headline();
  }

  /** The headline on the first line, then the reasons and each case's sides. */
  public String explanation() {
    StringBuilder s = new StringBuilder(headline()).append('\n');
    if (outcome() == Outcome.PARTIAL) {
      s.append("Allowed in some of the cases below only; denied in the others\n");
    }
    errors.forEach(e -> s.append("error: ").append(e).append('\n'));
    notes.forEach(n -> s.append("note: ").append(n).append('\n'));
    if (cases.size() == 1) {
      cases.get(0).appendSides(s, "");
      return s.toString();
    }
    for (Decision c : cases) {
      s.append(c.outcome().headline()).append(' ').append(c.description()).append('\n');
      c.appendSides(s, "  ");
    }
    return s.toString();
  }
}
