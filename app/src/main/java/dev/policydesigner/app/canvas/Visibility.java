package dev.policydesigner.app.canvas;

import dev.policydesigner.model.CidrNode;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.EntityNode;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.Workload;
import dev.policydesigner.model.check.Problem;
import dev.policydesigner.model.observe.ObservationReport;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which nodes and flows are shown, from the focus and the filter: a node is shown when both let it
 * through, a flow when both its ends are shown and both let it through.
 */
final class Visibility {
  private Neighbourhood focus;
  private CanvasFilter filter = CanvasFilter.NONE;
  private List<Problem> problems = List.of();
  private ObservationReport observation;
  private final Set<String> hidden = new HashSet<>();
  private boolean stale = true;

  Neighbourhood focus() {
    return focus;
  }

  void setFocus(Neighbourhood n) {
    focus = n;
    stale = true;
  }

  CanvasFilter filter() {
    return filter;
  }

  void setFilter(CanvasFilter f) {
    filter = f == null ? CanvasFilter.NONE : f;
    stale = true;
  }

  /** The problems found; the filter by problem code reads them. */
  void setProblems(List<Problem> list) {
    problems = List.copyOf(list);
    stale = stale || !filter.problemCodes().isEmpty();
  }

  void setObservation(ObservationReport report) {
    observation = report;
    stale = stale || filter.flows() != CanvasFilter.Traffic.ALL;
  }

  /** The diagram changed: work out again what is shown. */
  void diagramChanged() {
    stale = true;
  }

  /** Whether anything hides some nodes or flows. */
  boolean restricts() {
    return focus != null || !filter.isEmpty();
  }

  /** Whether the node or flow with this id is shown in {@code d}. */
  boolean shown(Diagram d, String id) {
    if (stale) {
      compute(d);
    }
    return !hidden.contains(id);
  }

  private void compute(Diagram d) {
    hidden.clear();
    stale = false;
    if (!restricts()) {
      return;
    }
    Set<String> flagged = flaggedNodes();
    for (Node n : d.nodes()) {
      if (!nodeShown(n, flagged)) {
        hidden.add(n.id());
      }
    }
    for (Flow f : d.flows()) {
      boolean ends = !hidden.contains(f.from()) && !hidden.contains(f.to());
      if (!ends || (focus != null && !focus.flowIds().contains(f.id())) || !trafficShown(f)) {
        hidden.add(f.id());
      }
    }
  }

  private boolean nodeShown(Node n, Set<String> flagged) {
    if (focus != null && !focus.nodeIds().contains(n.id())) {
      return false;
    }
    if (!filter.namespaces().isEmpty()
        && !(n instanceof Workload w && filter.namespaces().contains(w.namespace()))) {
      return false;
    }
    if (!filter.kinds().isEmpty() && !filter.kinds().contains(kind(n))) {
      return false;
    }
    return filter.problemCodes().isEmpty() || flagged.contains(n.id());
  }

  /** The nodes that a problem with one of the filter's codes names, itself or as a flow's end. */
  private Set<String> flaggedNodes() {
    Set<String> ids = new HashSet<>();
    for (Problem p : problems) {
      if (filter.problemCodes().contains(p.code())) {
        for (String id : new String[] {p.nodeId(), p.from(), p.to()}) {
          if (id != null) {
            ids.add(id);
          }
        }
      }
    }
    return ids;
  }

  private boolean trafficShown(Flow f) {
    if (filter.flows() == CanvasFilter.Traffic.ALL || observation == null) {
      return true;
    }
    boolean matched = observation.matchedFlow(f.id()).isPresent();
    return filter.flows() == CanvasFilter.Traffic.OBSERVED ? matched : !matched;
  }

  /** The kind a filter names a node by. */
  static String kind(Node n) {
    if (n instanceof Workload w) {
      return w.kind().fileName();
    }
    if (n instanceof EntityNode) {
      return "entity";
    }
    return n instanceof CidrNode ? "cidr" : "fqdn";
  }
}
