package dev.policydesigner.model.simulate;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Settings;
import dev.policydesigner.model.WorkloadPort;
import dev.policydesigner.model.derive.Direction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers "would A reach B?" from the policies derived from a diagram, with Cilium's semantics, as
 * they render under the query's mode and values. Pure: the diagram is not changed.
 *
 * <ul>
 *   <li>A file whose outer guard is false contributes no policy; a rule whose guard is false is not
 *       there.
 *   <li>An endpoint is default-deny in a direction when any policy selecting it is: a Cilium policy
 *       written with {@code enableDefaultDeny} in enforce mode (not in audit mode, where it only
 *       adds allows), a Cilium policy without it in each direction where it has rules, and a
 *       standard NetworkPolicy always, for ingress and egress.
 *   <li>The connection passes when the source's egress and the destination's ingress both pass;
 *       ends that are not pods (entities, addresses) are not restricted by these policies.
 *   <li>Ports are container ports: a Service port of a destination workload is translated.
 * </ul>
 */
public final class Simulator {
  private Simulator() {}

  /** The verdict for {@code query} on {@code diagram}. */
  public static Verdict simulate(Diagram diagram, Query query) {
    ConditionEvaluator conditions = new ConditionEvaluator(values(diagram.settings(), query));
    List<String> errors = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    PartyResolver resolver = new PartyResolver(diagram, conditions, errors);
    PartyResolver.Resolution from = resolver.resolve(query.from());
    PartyResolver.Resolution to = resolver.resolve(query.to());
    if (!errors.isEmpty()) {
      return new Verdict(Outcome.UNKNOWN, query.port(), List.of(), notes, errors);
    }
    for (PartyResolver.Resolution r : List.of(from, to)) {
      if (r.absentBecause() != null) {
        notes.add(r.absentBecause());
      }
    }
    if (!notes.isEmpty()) {
      return new Verdict(Outcome.DENIED, query.port(), List.of(), notes, errors);
    }
    List<PolicyView> policies = new PolicyCollector(conditions, query.mode()).collect(diagram);
    int port = containerPort(to.parties().get(0), query.port(), notes);
    SideEvaluator sides = new SideEvaluator(policies, port, query.protocol());
    List<CaseVerdict> cases = new ArrayList<>();
    for (Party source : from.parties()) {
      for (Party destination : to.parties()) {
        SideVerdict egress = sides.decide(source, Direction.EGRESS, destination);
        SideVerdict ingress = sides.decide(destination, Direction.INGRESS, source);
        String text = source.label() + " → " + destination.label() + " on " + port;
        cases.add(new CaseVerdict(text, egress, ingress));
      }
    }
    notes.addAll(sides.notes());
    errors.addAll(sides.errors());
    return new Verdict(outcome(cases, errors), port, cases, notes, errors);
  }

  /** The values guards see: the query's, the mode flag, and policies enabled unless given. */
  static Map<String, Object> values(Settings settings, Query query) {
    Map<String, Object> values = new HashMap<>(query.values());
    values.putIfAbsent(settings.enabledFlag(), true);
    values.put(settings.modeFlag(), query.mode().value());
    return values;
  }

  private static int containerPort(Party destination, int port, List<String> notes) {
    if (destination.workload() == null
        || destination.workload().ports().stream().anyMatch(p -> p.port() == port)) {
      return port;
    }
    Optional<WorkloadPort> behind = destination.workload().portBehindService(port);
    if (behind.isEmpty()) {
      return port;
    }
    int container = behind.get().port();
    notes.add(
        "Service port "
            + port
            + " of "
            + destination.label()
            + " forwards to container port "
            + container
            + "; policies see "
            + container);
    return container;
  }

  private static Outcome outcome(List<CaseVerdict> cases, List<String> errors) {
    if (!errors.isEmpty()) {
      return Outcome.UNKNOWN;
    }
    long allowed = cases.stream().filter(CaseVerdict::allowed).count();
    if (allowed == cases.size()) {
      return Outcome.ALLOWED;
    }
    return allowed == 0 ? Outcome.DENIED : Outcome.PARTIAL;
  }
}
