package dev.policydesigner.model.derive;

import dev.policydesigner.model.Label;
import java.util.List;

/**
 * The standard NetworkPolicy fallback of a subject. Both policy types are always listed; a
 * direction without rules denies everything in that direction.
 *
 * @param name {@code metadata.name}
 * @param namespace {@code metadata.namespace}
 * @param podLabels {@code podSelector.matchLabels}
 * @param ingress ingress rules
 * @param egress egress rules
 * @param notes what the NetworkPolicy cannot express (entities, FQDNs), written as comments
 */
public record K8sNetworkPolicy(
    String name,
    String namespace,
    List<Label> podLabels,
    List<K8sRule> ingress,
    List<K8sRule> egress,
    List<String> notes) {
  public K8sNetworkPolicy {
    podLabels = List.copyOf(podLabels);
    ingress = List.copyOf(ingress);
    egress = List.copyOf(egress);
    notes = List.copyOf(notes);
  }
}
