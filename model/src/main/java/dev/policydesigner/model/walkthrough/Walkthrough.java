package dev.policydesigner.model.walkthrough;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.PolicyFile;
import dev.policydesigner.model.PolicySubject;
import dev.policydesigner.model.derive.PolicyDeriver;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A guided tour of a diagram: one step per flow, each saying what the flow is for and which rules
 * it becomes. Pure and deterministic: the same diagram and order always give equal steps.
 */
public final class Walkthrough {
  /** The order in which the flows are visited. */
  public enum Order {
    /** The flows in diagram (rule) order. */
    DIAGRAM,
    /**
     * For each policy subject in file order, its ingress flows then its egress flows; flows that
     * touch no subject come last, in diagram order. Each flow appears once.
     */
    PER_SUBJECT
  }

  private final Diagram diagram;
  private final Order order;
  private final List<WalkthroughStep> steps;

  private Walkthrough(Diagram diagram, Order order, List<WalkthroughStep> steps) {
    this.diagram = diagram;
    this.order = order;
    this.steps = List.copyOf(steps);
  }

  /** The walkthrough of {@code diagram} in {@code order}. */
  public static Walkthrough of(Diagram diagram, Order order) {
    List<Flow> flows = order == Order.DIAGRAM ? diagram.flows() : perSubject(diagram);
    RuleIndex rules = RuleIndex.of(new PolicyDeriver().derive(diagram));
    List<WalkthroughStep> steps = new ArrayList<>(flows.size());
    for (Flow flow : flows) {
      List<LocatedRule> located = rules.of(flow.id());
      steps.add(
          new WalkthroughStep(
              steps.size() + 1,
              flows.size(),
              flow.id(),
              title(diagram, flow),
              flow.description(),
              FlowNarration.of(diagram, flow, located),
              located.stream().map(LocatedRule::location).toList()));
    }
    return new Walkthrough(diagram, order, steps);
  }

  /** The diagram walked through. */
  public Diagram diagram() {
    return diagram;
  }

  /** The order of the steps. */
  public Order order() {
    return order;
  }

  /** The steps, numbered from 1. */
  public List<WalkthroughStep> steps() {
    return steps;
  }

  /** {@code Hubble UI → Hubble Relay}: the names of the flow's ends. */
  public static String title(Diagram diagram, Flow flow) {
    return name(diagram, flow.from()) + " → " + name(diagram, flow.to());
  }

  static String name(Diagram diagram, String nodeId) {
    return diagram.node(nodeId).map(Node::name).orElse(nodeId);
  }

  private static List<Flow> perSubject(Diagram diagram) {
    Set<Flow> ordered = new LinkedHashSet<>();
    for (PolicyFile file : diagram.files()) {
      for (PolicySubject subject : file.subjects()) {
        String id = subject.workloadId();
        List<Flow> touching = diagram.flowsTouching(id);
        touching.stream().filter(f -> f.to().equals(id)).forEach(ordered::add);
        touching.stream().filter(f -> f.from().equals(id)).forEach(ordered::add);
      }
    }
    ordered.addAll(diagram.flows());
    return List.copyOf(ordered);
  }
}
