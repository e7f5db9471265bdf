package dev.policydesigner.export.diagram.file;

import dev.policydesigner.model.Flow;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.PolicyFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the {@code nodes}, {@code flows} and {@code files} lists in that order, keeping the ids
 * each later list may refer to, and reporting ids used twice.
 */
final class SectionsReader {
  private final ReadProblems problems;
  private final Map<String, String> kindOfId = new HashMap<>();
  private final Map<String, Node> nodesById = new HashMap<>();

  /** Ids of all node entries, also of those with problems (reported once, at the node). */
  private final Set<String> nodeIds = new HashSet<>();

  SectionsReader(ReadProblems problems) {
    this.problems = problems;
  }

  List<Node> nodes(List<org.yaml.snakeyaml.nodes.Node> items) {
    List<Node> nodes = new ArrayList<>();
    NodeEntryReader reader = new NodeEntryReader(problems);
    for (org.yaml.snakeyaml.nodes.Node item : items) {
      String id = NodeEntryReader.peek(item, "id");
      if (id != null) {
        nodeIds.add(id);
      }
      Node node = reader.read(item);
      if (node != null && unique(node.id(), "node", item)) {
        nodesById.put(node.id(), node);
        nodes.add(node);
      }
    }
    return nodes;
  }

  List<Flow> flows(List<org.yaml.snakeyaml.nodes.Node> items) {
    List<Flow> flows = new ArrayList<>();
    FlowEntryReader reader = new FlowEntryReader(problems, nodeIds);
    for (org.yaml.snakeyaml.nodes.Node item : items) {
      Flow flow = reader.read(item);
      if (flow != null && unique(flow.id(), "flow", item)) {
        flows.add(flow);
      }
    }
    return flows;
  }

  List<PolicyFile> files(List<org.yaml.snakeyaml.nodes.Node> items) {
    List<PolicyFile> files = new ArrayList<>();
    FileEntryReader reader = new FileEntryReader(problems, nodeIds, nodesById);
    for (org.yaml.snakeyaml.nodes.Node item : items) {
      PolicyFile file = reader.read(item);
      if (file != null) {
        files.add(file);
      }
    }
    return files;
  }

  private boolean unique(String id, String kind, org.yaml.snakeyaml.nodes.Node item) {
    String earlier = kindOfId.putIfAbsent(id, kind);
    if (earlier != null) {
      problems.error(
          NodeEntryReader.peekNode(item, "id"),
          "duplicate-id",
          kind
              + " id \""
              + id
              + "\" is already used by a "
              + earlier
              + "; ids of nodes and flows must be unique");
    }
    return earlier == null;
  }
}
