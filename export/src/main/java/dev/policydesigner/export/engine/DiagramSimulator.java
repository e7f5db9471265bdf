package dev.policydesigner.export.engine;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Workload;
import dev.policydesigner.model.WorkloadPort;
import dev.policydesigner.model.engine.Decision;
import dev.policydesigner.model.engine.Endpoint;
import dev.policydesigner.model.engine.Identity;
import dev.policydesigner.model.engine.NodeIdentities;
import dev.policydesigner.model.engine.PolicyEngine;
import dev.policydesigner.model.engine.Query;
import dev.policydesigner.model.engine.Traffic;
import dev.policydesigner.model.engine.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers "would A reach B" about a diagram: what its rendered templates (and the checkout's other
 * policies) do, for the query's mode and values. An end that is a node stands for every identity
 * the node does (see {@link NodeIdentities}); a Service port of a destination workload is
 * translated to the container port behind it.
 */
public final class DiagramSimulator {
  private DiagramSimulator() {}

  /** The verdict for {@code query} on {@code diagram} alone. */
  public static Verdict simulate(Diagram diagram, Query query) {
    return simulate(diagram, query, CheckoutPolicies.none());
  }

  /** The verdict for {@code query} on {@code diagram} and {@code checkout}'s other policies. */
  public static Verdict simulate(Diagram diagram, Query query, CheckoutPolicies checkout) {
    return simulate(DiagramEngine.of(diagram, query.mode(), query.values(), checkout), query);
  }

  /** The verdict for {@code query} with an engine already built for its mode and values. */
  public static Verdict simulate(DiagramEngine engine, Query query) {
    return simulate(engine.diagram(), engine.values(), engine.engine(), query);
  }

  /**
   * The verdict for {@code query} on {@code diagram}'s nodes, decided by {@code engine} (built from
   * documents rendered with {@code values}).
   */
  public static Verdict simulate(
      Diagram diagram, Map<String, Object> values, PolicyEngine engine, Query query) {
    NodeIdentities ends = new NodeIdentities(diagram, values);
    NodeIdentities.Resolution from = ends.resolve(query.from());
    NodeIdentities.Resolution to = ends.resolve(query.to());
    List<String> notes = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (NodeIdentities.Resolution r : List.of(from, to)) {
      if (r.error() != null) {
        errors.add(r.error());
      }
      if (r.absentBecause() != null) {
        notes.add(r.absentBecause());
      }
    }
    if (!errors.isEmpty() || !notes.isEmpty()) {
      return new Verdict(List.of(), notes, errors);
    }
    engine.policies().problems().forEach(p -> notes.add(p.toString()));
    Traffic traffic = containerPort(diagram, query, notes);
    List<Decision> cases = new ArrayList<>();
    for (int i = 0; i < from.identities().size(); i++) {
      for (int j = 0; j < to.identities().size(); j++) {
        Identity source = from.identities().get(i);
        Identity destination = to.identities().get(j);
        Decision d = engine.decide(source, destination, traffic);
        cases.add(d.named(from.names().get(i), to.names().get(j)));
      }
    }
    return new Verdict(cases, notes, errors);
  }

  private static Traffic containerPort(Diagram diagram, Query query, List<String> notes) {
    Traffic t = query.traffic();
    if (!(query.to() instanceof Endpoint.Node n) || t.protocol().isIcmp()) {
      return t;
    }
    Optional<Workload> w =
        diagram.node(n.nodeId()).filter(Workload.class::isInstance).map(Workload.class::cast);
    if (w.isEmpty() || w.get().ports().stream().anyMatch(p -> p.port() == t.port())) {
      return t;
    }
    Optional<WorkloadPort> behind = w.get().portBehindService(t.port());
    if (behind.isEmpty()) {
      return t;
    }
    int container = behind.get().port();
    notes.add(
        "Service port "
            + t.port()
            + " of "
            + w.get().name()
            + " forwards to container port "
            + container
            + "; policies see "
            + container);
    return new Traffic(t.protocol(), container);
  }
}
