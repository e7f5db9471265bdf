package dev.policydesigner.model.walkthrough;

import dev.policydesigner.model.CidrNode;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.EntityNode;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.FqdnNode;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.PortRange;
import dev.policydesigner.model.Workload;
import dev.policydesigner.model.derive.Direction;
import dev.policydesigner.model.derive.PolicyDeriver;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The narration of one flow: which policies get which rule (and why a side gets none), the ports,
 * the L7 rules and the condition, joined with commas.
 */
final class FlowNarration {
  private FlowNarration() {}

  static String of(Diagram diagram, Flow flow, List<LocatedRule> rules) {
    List<String> parts = new ArrayList<>();
    parts.add(rulesPart(diagram, flow, rules));
    parts.add(PortPhrase.of(ports(diagram, flow, rules)));
    L7Phrase.of(rules.isEmpty() ? flow.l7() : rules.get(0).rule().l7()).ifPresent(parts::add);
    GuardPhrase.of(diagram, flow, rules).ifPresent(parts::add);
    return String.join(", ", parts);
  }

  private static String rulesPart(Diagram diagram, Flow flow, List<LocatedRule> rules) {
    List<Missing> missing = new ArrayList<>();
    if (!has(rules, Direction.EGRESS)) {
      missing.add(whyNoRule(diagram, flow, flow.from(), Direction.EGRESS));
    }
    if (!has(rules, Direction.INGRESS) && !(flow.from().equals(flow.to()) && missing.size() > 0)) {
      missing.add(whyNoRule(diagram, flow, flow.to(), Direction.INGRESS));
    }
    if (rules.isEmpty()) {
      boolean aSubject = missing.stream().anyMatch(Missing::isSubject);
      return (aSubject ? "no rule: " : "no policy: ")
          + String.join(" and ", missing.stream().map(Missing::reason).toList());
    }
    List<String> located = new ArrayList<>();
    for (LocatedRule r : rules) {
      located.add(r.location().direction().yamlName() + " rule in `" + r.location().policy() + "`");
    }
    String text = String.join(", ", located);
    for (Missing why : missing) {
      text += " (" + why.reason() + (why.neverAPolicy() ? ": no policy" : "") + ")";
    }
    return text;
  }

  private static boolean has(List<LocatedRule> rules, Direction direction) {
    return rules.stream().anyMatch(r -> r.location().direction() == direction);
  }

  /**
   * Why one side of a flow has no rule.
   *
   * @param reason e.g. {@code Prometheus is not a policy subject}
   * @param neverAPolicy whether the node is of a kind that never gets a policy
   */
  private record Missing(String reason, boolean neverAPolicy) {
    /** Whether the side is a policy subject that still gets no rule. */
    boolean isSubject() {
      return reason.startsWith("`");
    }
  }

  /** Why the node on one side of the flow has no rule for it. */
  private static Missing whyNoRule(Diagram diagram, Flow flow, String nodeId, Direction dir) {
    Optional<Node> node = diagram.node(nodeId);
    if (node.isEmpty()) {
      return new Missing(nodeId + " is not in the diagram", true);
    }
    String name = node.get().name();
    if (node.get() instanceof EntityNode) {
      return new Missing(name + " is an entity", true);
    } else if (node.get() instanceof CidrNode) {
      return new Missing(name + " is a CIDR", true);
    } else if (node.get() instanceof FqdnNode) {
      return new Missing(name + " is an FQDN", true);
    } else if (!diagram.isSubject(nodeId)) {
      return new Missing(name + " is not a policy subject", false);
    }
    String policy = diagram.subject(nodeId).orElseThrow().policyName();
    boolean fromFqdn = diagram.node(flow.from()).filter(FqdnNode.class::isInstance).isPresent();
    String reason =
        dir == Direction.INGRESS && fromFqdn
            ? "`" + policy + "` gets no ingress rule: Cilium cannot select an FQDN as a source"
            : "`" + policy + "` gets no " + dir.yamlName() + " rule: the flow is one-sided";
    return new Missing(reason, false);
  }

  /** The ports the rules use: container ports when the destination is a workload. */
  private static List<PortRange> ports(Diagram diagram, Flow flow, List<LocatedRule> rules) {
    if (!rules.isEmpty()) {
      return rules.get(0).rule().ports();
    }
    Optional<Workload> destination = diagram.workload(flow.to());
    return destination.isPresent()
        ? PolicyDeriver.containerPorts(flow.ports(), destination.get())
        : flow.ports();
  }
}
