package dev.policydesigner.export.engine;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Entity;
import dev.policydesigner.model.EntityNode;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.PolicyFile;
import dev.policydesigner.model.PolicyForm;
import dev.policydesigner.model.PolicySubject;
import dev.policydesigner.model.check.Problem;
import dev.policydesigner.model.check.Severity;
import dev.policydesigner.model.engine.EngineChecks;
import dev.policydesigner.model.engine.Mode;
import dev.policydesigner.model.lint.DiagramChecks;
import dev.policydesigner.model.lint.EngineFindingFixes;
import dev.policydesigner.model.lint.FlagNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The checks about what the cluster will do ({@link EngineChecks}), run by the policy engine on a
 * diagram's rendered templates plus the checkout's other policies, with every flag the diagram uses
 * on. A finding in a template the diagram writes is traced back to its flow (by the rule's lines)
 * or its subject and gets the diagram's quick fix; a finding elsewhere keeps its file:line.
 */
public final class RenderedChecks {
  private RenderedChecks() {}

  /** Every check of a diagram: validation and lints, then these; errors first. */
  public static List<Problem> all(Diagram diagram, CheckoutPolicies checkout) {
    List<Problem> all = new ArrayList<>(DiagramChecks.of(diagram));
    all.addAll(of(diagram, checkout));
    return DiagramChecks.bySeverity(all);
  }

  /** The engine's findings on {@code diagram} and {@code checkout}, traced to the diagram. */
  public static List<Problem> of(Diagram diagram, CheckoutPolicies checkout) {
    Map<String, Object> flags = new HashMap<>();
    FlagNames.of(diagram).names().forEach(n -> flags.put(n, true));
    DiagramEngine enforce = DiagramEngine.of(diagram, Mode.ENFORCE, flags, checkout);
    DiagramEngine audit = DiagramEngine.of(diagram, Mode.AUDIT, flags, checkout);
    List<Problem> result = new ArrayList<>();
    for (Problem p : EngineChecks.check(enforce.engine(), audit.engine())) {
      result.add(trace(p, enforce, diagram));
    }
    return result;
  }

  private static Problem trace(Problem p, DiagramEngine engine, Diagram diagram) {
    String file = p.file();
    if (file == null || !engine.writes(file)) {
      return p;
    }
    Optional<Flow> flow =
        engine.flowsAt(file, p.line() == null ? 0 : p.line()).stream()
            .map(id -> diagram.flow(id))
            .flatMap(Optional::stream)
            .findFirst();
    Optional<PolicySubject> subject = subject(diagram, file, p.policy());
    Problem traced = p;
    if (flow.isPresent()) {
      Flow f = flow.get();
      traced = traced.atFlow(f.id(), f.from(), f.to());
    }
    if (subject.isPresent()) {
      traced = traced.atNode(subject.get().workloadId());
    }
    return withFix(traced, flow, subject, file, diagram);
  }

  private static Problem withFix(
      Problem p,
      Optional<Flow> flow,
      Optional<PolicySubject> subject,
      String file,
      Diagram diagram) {
    switch (p.code()) {
      case EngineChecks.ONE_SIDED_FLOW:
        if (flow.isPresent() && flow.get().isOneSided()) {
          return p.withFix(EngineFindingFixes.allowOnBothSides(flow.get().id()));
        }
        return p;
      case EngineChecks.HOST_WITHOUT_REMOTE_NODE:
        Optional<EntityNode> hosts = flow.flatMap(f -> hostOnly(diagram, f));
        return hosts
            .map(n -> p.atNode(n.id()).withFix(EngineFindingFixes.addRemoteNode(n)))
            .orElse(p);
      case EngineChecks.FQDN_WITHOUT_DNS:
        return subject.isPresent() && dnsKeptAsWritten(diagram, file, p.policy())
            ? keptAsWritten(p, file)
            : p;
      case EngineChecks.NETPOL_DEFEATS_AUDIT:
        return subject
            .map(s -> p.withFix(EngineFindingFixes.networkPolicyOnlyWhenEnforcing(file, s)))
            .orElse(p);
      default:
        return p;
    }
  }

  /**
   * Whether the imported policy is written without the DNS rule its {@code toFQDNs} need and the
   * designer keeps it so (the deriver adds the rule only once the quick fix says so).
   */
  private static boolean dnsKeptAsWritten(Diagram diagram, String file, String policy) {
    return diagram.files().stream()
        .filter(f -> f.path().equals(file) && f.imported() != null)
        .flatMap(f -> f.imported().policyForm(policy).stream())
        .anyMatch(PolicyForm::dnsAsWritten);
  }

  /**
   * The repo's own form, reported as a warning so that it does not block exporting the imported
   * diagram, with the quick fix that adds the rule.
   */
  private static Problem keptAsWritten(Problem p, String file) {
    String message =
        p.message() + " The repo's template is written so; the designer keeps it as it is.";
    return p.as(Severity.WARNING, message).withFix(EngineFindingFixes.addDnsRule(file, p.policy()));
  }

  private static Optional<EntityNode> hostOnly(Diagram diagram, Flow flow) {
    for (String id : List.of(flow.to(), flow.from())) {
      Optional<Node> n = diagram.node(id);
      if (n.isPresent()
          && n.get() instanceof EntityNode e
          && e.entities().contains(Entity.HOST)
          && !e.entities().contains(Entity.REMOTE_NODE)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  private static Optional<PolicySubject> subject(Diagram diagram, String file, String policy) {
    for (PolicyFile f : diagram.files()) {
      if (f.path().equals(file)) {
        return f.subjects().stream().filter(s -> s.policyName().equals(policy)).findFirst();
      }
    }
    return Optional.empty();
  }
}
