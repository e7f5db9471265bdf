package dev.policydesigner.export.diagram.image;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import java.util.List;
import java.util.Set;

/**
 * The flow an image emphasises and its end nodes; everything else is drawn dimmed. {@link #NONE}
 * dims nothing.
 *
 * @param flowId the emphasised flow, or {@code null} for none
 * @param nodeIds the flow's two end nodes
 */
record Highlight(String flowId, Set<String> nodeIds) {
  static final Highlight NONE = new Highlight(null, Set.of());

  /** How opaque dimmed parts are drawn. */
  static final double DIMMED_OPACITY = 0.25;

  /** The highlight of {@code flowId} in {@code diagram}; {@link #NONE} for {@code null}. */
  static Highlight of(Diagram diagram, String flowId) {
    if (flowId == null) {
      return NONE;
    }
    Flow flow =
        diagram
            .flow(flowId)
            .orElseThrow(
                () -> new IllegalArgumentException("no flow '" + flowId + "' to highlight"));
    return new Highlight(flowId, Set.copyOf(List.of(flow.from(), flow.to()))); // a flow may loop
  }

  boolean active() {
    return flowId != null;
  }

  boolean emphasises(Flow flow) {
    return flow.id().equals(flowId);
  }

  /** Whether the node is drawn dimmed. */
  boolean dims(String nodeId) {
    return active() && !nodeIds.contains(nodeId);
  }

  /** Opens a dimmed group when {@code dimmed}. */
  static void openDimmed(SvgOut out, boolean dimmed) {
    if (dimmed) {
      out.open("g", "class", "dimmed", "opacity", DIMMED_OPACITY);
    }
  }

  /** Closes the group {@link #openDimmed} opened. */
  static void closeDimmed(SvgOut out, boolean dimmed) {
    if (dimmed) {
      out.close("g");
    }
  }
}
