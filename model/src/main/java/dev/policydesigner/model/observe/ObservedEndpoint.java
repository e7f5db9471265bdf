package dev.policydesigner.model.observe;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One side of an observed flow, as Hubble identified it.
 *
 * @param namespace the pod's namespace, or {@code null} outside pods (host, world, …)
 * @param labels the pod's Kubernetes labels (the {@code k8s:} source, without Cilium's own {@code
 *     io.cilium.*} and the namespace label)
 * @param reserved the reserved identities without prefix ({@code host}, {@code world-ipv4}, …)
 * @param ip the IP address, or {@code null}
 * @param names DNS names Cilium knows for the IP (lower case, no trailing dot), sorted
 */
public record ObservedEndpoint(
    String namespace,
    Map<String, String> labels,
    Set<String> reserved,
    String ip,
    List<String> names) {

  public ObservedEndpoint {
    namespace = namespace == null || namespace.isBlank() ? null : namespace;
    labels = Map.copyOf(labels);
    reserved = Set.copyOf(reserved);
    ip = ip == null || ip.isBlank() ? null : ip;
    names = List.copyOf(new TreeSet<>(names));
  }

  /** Whether Hubble placed the endpoint outside the cluster ({@code reserved:world…}). */
  public boolean isWorld() {
    return reserved.stream().anyMatch(r -> r.equals("world") || r.startsWith("world-"));
  }

  /** A copy that also knows these DNS names. */
  public ObservedEndpoint withNames(List<String> more) {
    List<String> all = new ArrayList<>(names);
    all.addAll(more);
    return new ObservedEndpoint(namespace, labels, reserved, ip, all);
  }
}
