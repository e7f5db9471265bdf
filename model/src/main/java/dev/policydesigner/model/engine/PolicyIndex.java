package dev.policydesigner.model.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The policies by the one namespace whose pods they can select (a namespaced policy, or a
 * clusterwide one whose selector names a namespace), and the others, in document order: so that
 * finding the policies selecting a pod does not try every policy of the cluster.
 */
final class PolicyIndex {
  private final List<EnginePolicy> all;
  private final Map<String, List<Integer>> byNamespace = new HashMap<>();
  private final List<Integer> anywhere = new ArrayList<>();

  PolicyIndex(List<EnginePolicy> policies) {
    this.all = policies;
    for (int i = 0; i < policies.size(); i++) {
      String ns = namespace(policies.get(i).subject());
      if (ns == null) {
        anywhere.add(i);
      } else {
        byNamespace.computeIfAbsent(ns, k -> new ArrayList<>()).add(i);
      }
    }
  }

  /** The policies that may select a pod of {@code namespace} (or a non-pod, when null). */
  List<EnginePolicy> candidates(String namespace) {
    List<Integer> own =
        namespace == null ? List.of() : byNamespace.getOrDefault(namespace, List.of());
    List<EnginePolicy> result = new ArrayList<>(own.size() + anywhere.size());
    int a = 0;
    int b = 0;
    while (a < own.size() || b < anywhere.size()) {
      boolean takeOwn = b >= anywhere.size() || (a < own.size() && own.get(a) < anywhere.get(b));
      result.add(all.get(takeOwn ? own.get(a++) : anywhere.get(b++)));
    }
    return result;
  }

  /** The one namespace a subject is limited to, or {@code null}. */
  static String namespace(Peer subject) {
    if (subject instanceof Peer.KubernetesPods k && k.namespaceSelector() == null) {
      return k.namespace();
    }
    if (subject instanceof Peer.Endpoints e) {
      LabelSelector s = e.selector();
      String ns = s.matchLabels().get(EndpointView.NAMESPACE_LABEL);
      if (ns != null) {
        return ns;
      }
      for (LabelRequirement r : s.expressions()) {
        if (r.key().equals(EndpointView.NAMESPACE_LABEL)
            && r.operator() == LabelRequirement.Operator.IN
            && r.values().size() == 1) {
          return r.values().get(0);
        }
      }
    }
    return null;
  }
}
