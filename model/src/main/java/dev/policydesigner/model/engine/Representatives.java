package dev.policydesigner.model.engine;

import dev.policydesigner.model.Entity;
import dev.policydesigner.model.FqdnSelector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The identities a selector or peer names: for a pod selector, one pod that satisfies it (its
 * namespace, its {@code matchLabels}, the first value of each {@code In}, an empty value for each
 * {@code Exists}); for entities, CIDRs, names and Services, themselves. Selectors no concrete pod
 * can be read from (e.g. only {@code NotIn}) name none.
 */
final class Representatives {
  private final Map<String, Map<String, String>> namespaces;

  Representatives(Map<String, Map<String, String>> namespaces) {
    this.namespaces = namespaces;
  }

  /** The identities {@code peer} names. */
  List<Identity> of(Peer peer) {
    List<Identity> result = new ArrayList<>();
    if (peer instanceof Peer.Endpoints e) {
      pod(e.selector()).ifPresent(result::add);
    } else if (peer instanceof Peer.KubernetesPods k) {
      kubernetes(k).ifPresent(result::add);
    } else if (peer instanceof Peer.Entities en) {
      for (Entity x : en.entities()) {
        result.add(Identity.entity(x));
      }
    } else if (peer instanceof Peer.Cidr c) {
      result.add(
          new Identity.Address(
              c.block().network(), c.except().stream().map(b -> b.network()).toList()));
    } else if (peer instanceof Peer.Fqdns f) {
      for (FqdnSelector s : f.selectors()) {
        result.add(new Identity.DnsName(s));
      }
    } else if (peer instanceof Peer.Services s && s.name() != null && s.namespace() != null) {
      result.add(new Identity.Service(s.namespace(), s.name()));
    } else if (peer instanceof Peer.Nodes n) {
      result.add(new Identity.OfEntity(Entity.HOST, n.selector().matchLabels()));
    }
    return result;
  }

  private Optional<Identity> pod(LabelSelector selector) {
    if (selector.hasKeyPrefix("reserved:")) {
      return Optional.empty();
    }
    Map<String, String> labels = labels(selector);
    String ns = labels.remove(EndpointView.NAMESPACE_LABEL);
    labels.keySet().removeIf(k -> k.startsWith(EndpointView.NAMESPACE_LABELS_PREFIX));
    List<String> candidates = ns == null ? namespaceCandidates() : List.of(ns);
    for (String candidate : candidates) {
      Identity.Pod pod = new Identity.Pod(candidate, labels);
      if (selector.matches(new EndpointView(pod, namespaces).ciliumLabels)) {
        return Optional.of(pod);
      }
    }
    return Optional.empty();
  }

  private List<String> namespaceCandidates() {
    List<String> names = new ArrayList<>(List.of("default"));
    namespaces.keySet().stream().sorted().forEach(names::add);
    return names;
  }

  private Optional<Identity> kubernetes(Peer.KubernetesPods k) {
    Map<String, String> labels =
        k.podSelector() == null ? new TreeMap<>() : labels(k.podSelector());
    List<String> candidates = new ArrayList<>();
    if (k.namespaceSelector() == null) {
      candidates.add(k.namespace());
    } else {
      String named = labels(k.namespaceSelector()).get(EndpointView.METADATA_NAME);
      if (named != null) {
        candidates.add(named);
      }
      candidates.add(k.namespace());
      candidates.addAll(namespaceCandidates());
    }
    for (String ns : candidates) {
      Identity.Pod pod = new Identity.Pod(ns, labels);
      if (PeerMatch.matches(k, new EndpointView(pod, namespaces), Map.of())) {
        return Optional.of(pod);
      }
    }
    return Optional.empty();
  }

  /** Labels that satisfy the selector's {@code matchLabels}, {@code In} and {@code Exists}. */
  private static Map<String, String> labels(LabelSelector selector) {
    Map<String, String> labels = new TreeMap<>(selector.matchLabels());
    for (LabelRequirement r : selector.expressions()) {
      if (r.operator() == LabelRequirement.Operator.IN && !r.values().isEmpty()) {
        labels.putIfAbsent(r.key(), r.values().get(0));
      } else if (r.operator() == LabelRequirement.Operator.EXISTS) {
        labels.putIfAbsent(r.key(), "");
      }
    }
    return labels;
  }
}
