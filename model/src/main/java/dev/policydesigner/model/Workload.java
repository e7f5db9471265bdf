package dev.policydesigner.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Pods selected by namespace and labels.
 *
 * @param id identifier
 * @param name display name
 * @param kind icon hint
 * @param namespace the Kubernetes namespace (DNS-1123 label)
 * @param labels selector labels in order; empty selects every pod of the namespace
 * @param ports container ports, with the Service ports that map to them
 * @param condition Jinja expression under which the workload exists, or {@code null}
 * @param position canvas position
 */
public record Workload(
    String id,
    String name,
    KindHint kind,
    String namespace,
    List<Label> labels,
    List<WorkloadPort> ports,
    String condition,
    Position position)
    implements Node {

  public Workload {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(namespace, "namespace");
    labels = List.copyOf(labels);
    ports = List.copyOf(ports);
    condition = Text.blankToNull(condition);
    Objects.requireNonNull(position, "position");
  }

  /** The value of selector label {@code key}, if the workload has it. */
  public Optional<String> label(String key) {
    return labels.stream().filter(l -> l.key().equals(key)).map(Label::value).findFirst();
  }

  /** The container port that Service port {@code servicePort} forwards to, if one does. */
  public Optional<WorkloadPort> portBehindService(int servicePort) {
    return ports.stream()
        .filter(p -> p.servicePort() != null && p.servicePort() == servicePort)
        .findFirst();
  }

  @Override
  public Workload withPosition(Position position) {
    return new Workload(id, name, kind, namespace, labels, ports, condition, position);
  }

  @Override
  public Workload withName(String name) {
    return new Workload(id, name, kind, namespace, labels, ports, condition, position);
  }

  @Override
  public Workload withId(String id) {
    return new Workload(id, name, kind, namespace, labels, ports, condition, position);
  }

  /** A copy in another namespace. */
  public Workload withNamespace(String namespace) {
    return new Workload(id, name, kind, namespace, labels, ports, condition, position);
  }

  /** A copy with other selector labels. */
  public Workload withLabels(List<Label> labels) {
    return new Workload(id, name, kind, namespace, labels, ports, condition, position);
  }

  /** A copy with other ports. */
  public Workload withPorts(List<WorkloadPort> ports) {
    return new Workload(id, name, kind, namespace, labels, ports, condition, position);
  }

  /** A copy with another condition ({@code null} for none). */
  public Workload withCondition(String condition) {
    return new Workload(id, name, kind, namespace, labels, ports, condition, position);
  }

  /** A copy with another kind hint. */
  public Workload withKind(KindHint kind) {
    return new Workload(id, name, kind, namespace, labels, ports, condition, position);
  }
}
