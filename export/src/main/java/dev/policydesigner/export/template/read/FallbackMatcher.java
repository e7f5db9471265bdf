package dev.policydesigner.export.template.read;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Entity;
import dev.policydesigner.model.Guard;
import dev.policydesigner.model.Label;
import dev.policydesigner.model.NetworkPolicyFallback;
import dev.policydesigner.model.PolicyFile;
import dev.policydesigner.model.PolicySubject;
import dev.policydesigner.model.derive.DerivedFile;
import dev.policydesigner.model.derive.DerivedPolicy;
import dev.policydesigner.model.derive.Direction;
import dev.policydesigner.model.derive.K8sNetworkPolicy;
import dev.policydesigner.model.derive.K8sPeer;
import dev.policydesigner.model.derive.K8sRule;
import dev.policydesigner.model.derive.Peer;
import dev.policydesigner.model.derive.PolicyDeriver;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides whether a standard NetworkPolicy read beside a subject's Cilium policy is what the
 * designer derives as the subject's fallback ({@code namespace} or {@code precise}), so the graph
 * can hold it as a setting instead of verbatim text.
 */
final class FallbackMatcher {
  private final PolicyDeriver deriver = new PolicyDeriver();

  /** The subject with the fallback that derives {@code np}, if one does. */
  Optional<PolicySubject> match(
      Diagram diagram, PolicyFile file, PolicySubject subject, ParsedPolicy np) {
    boolean onlyEnforcing = np.guard().equals(Guard.of("enforce"));
    boolean bothTypes = np.description().equals("Egress,Ingress");
    if (!(onlyEnforcing || np.guard().isAlways()) || !bothTypes || hasVerbatim(np)) {
      return Optional.empty();
    }
    Set<String> wanted = atoms(np);
    for (NetworkPolicyFallback mode :
        List.of(NetworkPolicyFallback.NAMESPACE, NetworkPolicyFallback.PRECISE)) {
      PolicySubject candidate = subject.withFallback(mode, onlyEnforcing);
      PolicyFile single = file.withSubjects(List.of(candidate));
      DerivedFile derived = deriver.deriveFile(diagram, single);
      Optional<K8sNetworkPolicy> k8s =
          derived.policies().stream().findFirst().flatMap(DerivedPolicy::networkPolicy);
      if (k8s.isPresent() && atoms(k8s.get()).equals(wanted)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static boolean hasVerbatim(ParsedPolicy np) {
    return np.ingress().stream().anyMatch(ParsedRule::isVerbatim)
        || np.egress().stream().anyMatch(ParsedRule::isVerbatim);
  }

  private static Set<String> atoms(ParsedPolicy np) {
    Set<String> set = new HashSet<>();
    for (ParsedRule r : np.ingress()) {
      r.peers().forEach(p -> set.add(atom(Direction.INGRESS, peer(p), r.ports(), r.guard())));
    }
    for (ParsedRule r : np.egress()) {
      r.peers().forEach(p -> set.add(atom(Direction.EGRESS, peer(p), r.ports(), r.guard())));
    }
    return set;
  }

  private static Set<String> atoms(K8sNetworkPolicy k8s) {
    Set<String> set = new HashSet<>();
    add(set, Direction.INGRESS, k8s.ingress());
    add(set, Direction.EGRESS, k8s.egress());
    return set;
  }

  private static void add(Set<String> set, Direction d, List<K8sRule> rules) {
    for (K8sRule r : rules) {
      if (r.peers().isEmpty()) {
        set.add(atom(d, "any", r.ports(), r.guard()));
      }
      r.peers().forEach(p -> set.add(atom(d, peer(p), r.ports(), r.guard())));
    }
  }

  private static String peer(Peer p) {
    if (p instanceof Peer.Endpoints e) {
      return peer(new K8sPeer(e.namespace(), e.labels().isEmpty() ? null : e.labels(), null, null));
    } else if (p instanceof Peer.Cidr c) {
      return peer(K8sPeer.ipBlock(c.cidr(), c.except()));
    } else if (p instanceof Peer.Entities en && en.entities().equals(List.of(Entity.CLUSTER))) {
      return peer(K8sPeer.namespace(""));
    } else if (p instanceof Peer.Entities en && en.entities().equals(List.of(Entity.ALL))) {
      return "any";
    }
    return String.valueOf(p);
  }

  private static String peer(K8sPeer p) {
    Set<String> labels = new TreeSet<>();
    if (p.podLabels() != null) {
      for (Label l : p.podLabels()) {
        labels.add(l.key() + "=" + l.value());
      }
    }
    return p.namespace()
        + "|"
        + (p.podLabels() == null ? "-" : labels)
        + "|"
        + p.cidr()
        + "|"
        + new TreeSet<>(p.except());
  }

  private static String atom(Direction d, String peer, List<?> ports, Guard guard) {
    Set<String> portSet = new TreeSet<>();
    ports.forEach(p -> portSet.add(String.valueOf(p)));
    return d + "|" + peer + "|" + portSet + "|" + Guard.parse(guard.expression()).conjuncts();
  }
}
