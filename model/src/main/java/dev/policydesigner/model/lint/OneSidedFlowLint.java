package dev.policydesigner.model.lint;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.FlowSides;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.PortRange;
import dev.policydesigner.model.Protocol;
import dev.policydesigner.model.check.Problem;
import dev.policydesigner.model.check.QuickFix;
import dev.policydesigner.model.check.Severity;
import dev.policydesigner.model.simulate.Endpoint;
import dev.policydesigner.model.simulate.Mode;
import dev.policydesigner.model.simulate.Query;
import dev.policydesigner.model.simulate.Simulator;
import dev.policydesigner.model.simulate.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code one-sided-flow}: an imported flow allowed by one policy and not by the other side's (the
 * classic hand-written mistake). Only reported when the other side's policy does not allow the
 * traffic through some other rule (e.g. {@code fromEntities: cluster}) in enforce mode with every
 * flag on.
 */
public final class OneSidedFlowLint implements Lint {
  public static final String CODE = "one-sided-flow";

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public List<Problem> check(Diagram diagram) {
    List<Problem> findings = new ArrayList<>();
    FlagNames flags = FlagNames.of(diagram);
    for (Flow flow : diagram.flows()) {
      if (!flow.isOneSided()) {
        continue;
      }
      Optional<Node> from = diagram.node(flow.from());
      Optional<Node> to = diagram.node(flow.to());
      if (from.isEmpty() || to.isEmpty() || allowedAnyway(diagram, flow, flags)) {
        continue;
      }
      findings.add(finding(flow, from.get(), to.get()));
    }
    return findings;
  }

  private static boolean allowedAnyway(Diagram diagram, Flow flow, FlagNames flags) {
    PortRange port = flow.ports().isEmpty() ? null : flow.ports().get(0);
    Protocol protocol =
        port == null || port.protocol() == Protocol.ANY ? Protocol.TCP : port.protocol();
    Query query =
        Query.of(
                Endpoint.node(flow.from()),
                Endpoint.node(flow.to()),
                port == null ? 1 : port.port())
            .withProtocol(protocol)
            .withMode(Mode.ENFORCE);
    for (String flag : flags.names()) {
      query = query.withFlag(flag, true);
    }
    Verdict verdict = Simulator.simulate(diagram, query);
    return verdict.allowed();
  }

  private static Problem finding(Flow flow, Node from, Node to) {
    boolean missingIngress = flow.sides() == FlowSides.EGRESS_ONLY;
    String has = missingIngress ? from.name() + "'s egress" : to.name() + "'s ingress";
    String lacks =
        missingIngress
            ? to.name() + "'s policy has no ingress rule"
            : from.name() + "'s policy has no egress rule";
    String message =
        "flow "
            + from.name()
            + " → "
            + to.name()
            + " is allowed on one side only: "
            + has
            + " allows it but "
            + lacks
            + " for it, so the traffic is dropped in enforce mode";
    QuickFix fix =
        new QuickFix(
            "Allow the flow on both sides",
            d -> d.mapFlow(flow.id(), f -> f.withSides(FlowSides.BOTH)));
    return Problem.onFlow(Severity.WARNING, CODE, message, flow.id(), flow.from(), flow.to())
        .withFix(fix);
  }
}
