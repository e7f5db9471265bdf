package dev.policydesigner.model.check;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.FqdnNode;
import dev.policydesigner.model.FqdnSelector;
import dev.policydesigner.model.HttpRule;
import dev.policydesigner.model.PortRange;
import java.util.List;
import java.util.Optional;

/** Checks one flow: its ends, ports, L7 rules and condition. */
final class FlowValidator {
  private final Flow flow;
  private final Diagram diagram;
  private final List<Problem> out;
  private final PlaceholderValues placeholders;

  FlowValidator(Flow flow, Diagram diagram, List<Problem> out, PlaceholderValues placeholders) {
    this.flow = flow;
    this.diagram = diagram;
    this.out = out;
    this.placeholders = placeholders;
  }

  void validate() {
    if (flow.id().isBlank()) {
      invalid(Optional.of("the id is empty; give the flow an id"));
    }
    end("source", flow.from());
    end("destination", flow.to());
    if (diagram.node(flow.from()).filter(FqdnNode.class::isInstance).isPresent()) {
      add(
          Problem.error(
              "fqdn-ingress",
              Descriptions.flow(flow, diagram)
                  + ": it starts at an FQDN node, but Cilium can only allow traffic to DNS names"
                  + " (toFQDNs), not from them; use a CIDR node for the source instead"));
    }
    for (PortRange range : flow.ports()) {
      invalid(KubernetesNames.portRange(range.port(), range.endPort()));
    }
    for (FqdnSelector s : flow.l7().dns()) {
      invalid(placeholders.fqdn(s));
    }
    for (HttpRule rule : flow.l7().http()) {
      if (rule.method() != null) {
        invalid(KubernetesNames.httpMethod(rule.method()));
      }
      if (rule.path() != null) {
        invalid(KubernetesNames.httpPath(rule.path()));
      }
      if (rule.host() != null) {
        invalid(KubernetesNames.httpHost(rule.host()));
      }
    }
    if (flow.condition() != null) {
      invalid(KubernetesNames.jinjaCondition(flow.condition()));
    }
  }

  private void end(String role, String id) {
    if (diagram.node(id).isEmpty()) {
      add(
          Problem.error(
              "unknown-node",
              Descriptions.flow(flow, diagram)
                  + ": its "
                  + role
                  + " "
                  + KubernetesNames.quote(id)
                  + " is not a node of the diagram; connect it to an existing node or delete it"));
    }
  }

  private void invalid(Optional<String> message) {
    message.ifPresent(
        m -> add(Problem.error("invalid-value", Descriptions.flow(flow, diagram) + ": " + m)));
  }

  private void add(Problem problem) {
    out.add(problem.atFlow(flow.id(), flow.from(), flow.to()));
  }
}
