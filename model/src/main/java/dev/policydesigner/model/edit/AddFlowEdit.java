package dev.policydesigner.model.edit;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import java.util.ArrayList;
import java.util.List;

/** Adds a flow at the end of the rule order. */
public final class AddFlowEdit extends DiagramEdit {
  private final Flow flow;

  /** Adds {@code flow}; both ends must exist. */
  public AddFlowEdit(Flow flow) {
    super("Add flow " + flow.from() + " → " + flow.to());
    this.flow = flow;
  }

  @Override
  protected Diagram change(Diagram diagram) {
    if (diagram.node(flow.from()).isEmpty() || diagram.node(flow.to()).isEmpty()) {
      throw new IllegalArgumentException("flow " + flow.id() + " names an unknown node");
    }
    List<Flow> flows = new ArrayList<>(diagram.flows());
    flows.add(flow);
    return diagram.withFlows(flows);
  }
}
