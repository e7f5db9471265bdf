package dev.policydesigner.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * The flow graph: nodes, flows in rule order, the policy files derived from it, and settings.
 * Immutable; change it through edits ({@code dev.policydesigner.model.edit}).
 */
public final class Diagram {
  private final String name;
  private final String description;
  private final List<Node> nodes;
  private final List<Flow> flows;
  private final List<PolicyFile> files;
  private final Settings settings;
  private final Set<String> collapsedNamespaces;
  private Map<String, Node> byId;
  private Map<String, List<Flow>> flowsByNode;
  private Map<String, Flow> flowsById;
  private Map<String, PolicyFile> fileBySubject;

  /** A diagram of the given parts (lists are copied), with every namespace shown expanded. */
  public Diagram(
      String name,
      String description,
      List<Node> nodes,
      List<Flow> flows,
      List<PolicyFile> files,
      Settings settings) {
    this(name, description, nodes, flows, files, settings, Set.of());
  }

  /**
   * A diagram of the given parts (collections are copied).
   *
   * @param collapsedNamespaces the namespaces the canvas shows as one card each
   */
  public Diagram(
      String name,
      String description,
      List<Node> nodes,
      List<Flow> flows,
      List<PolicyFile> files,
      Settings settings,
      Set<String> collapsedNamespaces) {
    this.name = Objects.requireNonNull(name, "name");
    this.description = description == null ? "" : description;
    this.nodes = List.copyOf(nodes);
    this.flows = List.copyOf(flows);
    this.files = List.copyOf(files);
    this.settings = settings == null ? Settings.DEFAULT : settings;
    this.collapsedNamespaces =
        Collections.unmodifiableSortedSet(
            new TreeSet<>(collapsedNamespaces == null ? Set.of() : collapsedNamespaces));
  }

  /** An empty diagram with the default settings. */
  public static Diagram empty(String name) {
    return new Diagram(name, "", List.of(), List.of(), List.of(), Settings.DEFAULT);
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  public List<Node> nodes() {
    return nodes;
  }

  public List<Flow> flows() {
    return flows;
  }

  public List<PolicyFile> files() {
    return files;
  }

  public Settings settings() {
    return settings;
  }

  /** The namespaces the canvas shows as one card each (sorted). */
  public Set<String> collapsedNamespaces() {
    return collapsedNamespaces;
  }

  /** A copy showing these namespaces collapsed. */
  public Diagram withCollapsedNamespaces(Set<String> namespaces) {
    return new Diagram(name, description, nodes, flows, files, settings, namespaces);
  }

  /** The node with this id. */
  public Optional<Node> node(String id) {
    return Optional.ofNullable(index().get(id));
  }

  /** The workload with this id, if the node exists and is a workload. */
  public Optional<Workload> workload(String id) {
    return node(id).filter(Workload.class::isInstance).map(Workload.class::cast);
  }

  /** The flow with this id (the first, should two share it). */
  public Optional<Flow> flow(String id) {
    Map<String, Flow> map = flowsById;
    if (map == null) {
      map = new HashMap<>();
      for (Flow f : flows) {
        map.putIfAbsent(f.id(), f);
      }
      flowsById = map;
    }
    return Optional.ofNullable(map.get(id));
  }

  /** The flows from or to this node, in rule order (a self-loop once). */
  public List<Flow> flowsTouching(String nodeId) {
    Map<String, List<Flow>> map = flowsByNode;
    if (map == null) {
      map = new HashMap<>();
      for (Flow f : flows) {
        map.computeIfAbsent(f.from(), k -> new ArrayList<>()).add(f);
        if (!f.to().equals(f.from())) {
          map.computeIfAbsent(f.to(), k -> new ArrayList<>()).add(f);
        }
      }
      flowsByNode = map;
    }
    return map.getOrDefault(nodeId, List.of());
  }

  /** The file and subject that hold the policy of this workload, if it is a subject. */
  public Optional<PolicyFile> fileOfSubject(String workloadId) {
    Map<String, PolicyFile> map = fileBySubject;
    if (map == null) {
      map = new HashMap<>();
      for (PolicyFile f : files) {
        for (PolicySubject s : f.subjects()) {
          map.putIfAbsent(s.workloadId(), f);
        }
      }
      fileBySubject = map;
    }
    return Optional.ofNullable(map.get(workloadId));
  }

  /** The subject entry of this workload, if it is a subject. */
  public Optional<PolicySubject> subject(String workloadId) {
    return fileOfSubject(workloadId)
        .flatMap(
            f -> f.subjects().stream().filter(s -> s.workloadId().equals(workloadId)).findFirst());
  }

  /** Whether the workload gets a policy. */
  public boolean isSubject(String nodeId) {
    return fileOfSubject(nodeId).isPresent();
  }

  /** The file at this repo-relative path. */
  public Optional<PolicyFile> file(String path) {
    return files.stream().filter(f -> f.path().equals(path)).findFirst();
  }

  /** A copy with other nodes. */
  public Diagram withNodes(List<Node> nodes) {
    return new Diagram(name, description, nodes, flows, files, settings, collapsedNamespaces);
  }

  /** A copy with other flows. */
  public Diagram withFlows(List<Flow> flows) {
    return new Diagram(name, description, nodes, flows, files, settings, collapsedNamespaces);
  }

  /** A copy with other files. */
  public Diagram withFiles(List<PolicyFile> files) {
    return new Diagram(name, description, nodes, flows, files, settings, collapsedNamespaces);
  }

  /** A copy with other settings. */
  public Diagram withSettings(Settings settings) {
    return new Diagram(name, description, nodes, flows, files, settings, collapsedNamespaces);
  }

  /** A copy with another name and description. */
  public Diagram withTitle(String name, String description) {
    return new Diagram(name, description, nodes, flows, files, settings, collapsedNamespaces);
  }

  /** A copy in which the node with {@code id} is replaced by {@code change.apply(node)}. */
  public Diagram mapNode(String id, UnaryOperator<Node> change) {
    List<Node> list = new ArrayList<>(nodes.size());
    for (Node n : nodes) {
      list.add(n.id().equals(id) ? change.apply(n) : n);
    }
    return withNodes(list);
  }

  /** A copy in which the flow with {@code id} is replaced by {@code change.apply(flow)}. */
  public Diagram mapFlow(String id, UnaryOperator<Flow> change) {
    List<Flow> list = new ArrayList<>(flows.size());
    for (Flow f : flows) {
      list.add(f.id().equals(id) ? change.apply(f) : f);
    }
    return withFlows(list);
  }

  /** An id not used by any node or flow, starting with {@code prefix}. */
  public String freshId(String prefix) {
    String base = prefix.isBlank() ? "node" : prefix;
    if (!isUsed(base)) {
      return base;
    }
    for (int i = 2; ; i++) {
      if (!isUsed(base + "-" + i)) {
        return base + "-" + i;
      }
    }
  }

  private boolean isUsed(String id) {
    return index().containsKey(id) || flows.stream().anyMatch(f -> f.id().equals(id));
  }

  private Map<String, Node> index() {
    Map<String, Node> map = byId;
    if (map == null) {
      map = new HashMap<>();
      for (Node n : nodes) {
        map.putIfAbsent(n.id(), n);
      }
      byId = map;
    }
    return map;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Diagram d
        && name.equals(d.name)
        && description.equals(d.description)
        && nodes.equals(d.nodes)
        && flows.equals(d.flows)
        && files.equals(d.files)
        && settings.equals(d.settings)
        && collapsedNamespaces.equals(d.collapsedNamespaces);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, description, nodes, flows, files, settings, collapsedNamespaces);
  }

  @Override
  public String toString() {
    return "Diagram[" + name + ", " + nodes.size() + " nodes, " + flows.size() + " flows]";
  }
}
