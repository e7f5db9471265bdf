package dev.policydesigner.model.edit;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.PolicyFile;
import dev.policydesigner.model.PolicySubject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Deletes nodes and flows; the flows of a deleted node and the policies of a deleted workload go
 * with it (a file left without policies is dropped from the diagram, not from the repo).
 */
public final class RemoveElementsEdit extends DiagramEdit {
  private final Set<String> nodeIds;
  private final Set<String> flowIds;

  /** Deletes the given nodes and flows. */
  public RemoveElementsEdit(Set<String> nodeIds, Set<String> flowIds) {
    super(describe(nodeIds.size(), flowIds.size()));
    this.nodeIds = Set.copyOf(nodeIds);
    this.flowIds = Set.copyOf(flowIds);
  }

  private static String describe(int nodes, int flows) {
    if (nodes + flows == 1) {
      return nodes == 1 ? "Delete node" : "Delete flow";
    }
    return "Delete " + (nodes + flows) + " elements";
  }

  @Override
  protected Diagram change(Diagram diagram) {
    List<Node> nodes = new ArrayList<>();
    for (Node n : diagram.nodes()) {
      if (!nodeIds.contains(n.id())) {
        nodes.add(n);
      }
    }
    Set<String> gone = new HashSet<>(flowIds);
    List<Flow> flows = new ArrayList<>();
    for (Flow f : diagram.flows()) {
      boolean removed =
          gone.contains(f.id()) || nodeIds.contains(f.from()) || nodeIds.contains(f.to());
      if (!removed) {
        flows.add(f);
      }
    }
    List<PolicyFile> files = new ArrayList<>();
    for (PolicyFile file : diagram.files()) {
      List<PolicySubject> subjects =
          file.subjects().stream().filter(s -> !nodeIds.contains(s.workloadId())).toList();
      if (!subjects.isEmpty()) {
        files.add(subjects.size() == file.subjects().size() ? file : file.withSubjects(subjects));
      }
    }
    return diagram.withNodes(nodes).withFlows(flows).withFiles(files);
  }
}
